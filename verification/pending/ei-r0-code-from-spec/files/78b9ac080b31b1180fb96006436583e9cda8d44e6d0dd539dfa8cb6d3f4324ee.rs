// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn poly2leg(pol: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == pol.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): refactor into proof blocks with avoids using proof loop invariants and other methods */
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < pol.len()
        invariant
            i <= pol.len(),
            result.len() == pol.len(),
        decreases pol.len() - i
    {
        result.push(pol[i]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}