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
    /* code modified by LLM (iteration 2): removed unnecessary loop from the body of the loop */
    /* code modified by LLM (iteration 2): added loop invariants to the body of the loop */
    let n = x.len();
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            result@.len() == i,
            forall|j: int| 0 <= j < i as int ==> result@[j as int > 0] > 0,
            result@.len() == i,
        decreases n - i
    {
        result.push(x[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}