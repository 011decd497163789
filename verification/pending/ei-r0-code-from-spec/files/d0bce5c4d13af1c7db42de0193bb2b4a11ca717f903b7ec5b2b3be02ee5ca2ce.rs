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
    /* code modified by LLM (iteration 2): fixed syntax error and added loop invariants */
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x@.len(),
            result@.len() == i,
            x@.len() == i,
        decreases x@.len() - i
    {
        let x_copy = x.clone();
        result.push(x_copy);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}