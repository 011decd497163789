// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn log(x: Vec<i8>) -> (result: Vec<i8>)
    requires 
        x@.len() > 0,
        forall|i: int| 0 <= i < x@.len() ==> x[i] as int > 0,
    ensures 
        result@.len() == x@.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): implement proof of invariant as a loop using a forall expression */
    let mut x: Vec<i8> = Vec::new();
    let mut i: usize = 0;

    while i < x.len()
        invariant
            0 <= i <= x.len(),
            x@.len() == i,
            forall|k: int| 0 <= k < x@.len() ==> x[k as int > 0] as int > 0,
        decreases x.len() - i as int
    {
        x.push(i);
        i = i + 1;
    }

    x
}
// </vc-code>

}
fn main() {}