// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_exp(x: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == x.len(),
        x[result.len() as int] * 2 == result
// </vc-spec>
// <vc-code>
{
    x
}
// </vc-code>

}
fn main() {}