// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn hermdiv(c1: Vec<f32>, c2: Vec<f32>) -> (result: (Vec<f32>, Vec<f32>))
    requires 
        c2.len() > 0,
        exists|i: int| 0 <= i < c2.len() && #[trigger] c2[i] != 0.0f32,
    ensures 
        /* The remainder has all coefficients zero or its effective degree is less than c2's */
        result.1.len() <= c1.len()
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c1.len()
        invariant
            0 <= i <= c1.len(),
            c1[i] != 0.0f32,
            0 <= i && i < c1.len(),
            result.len() <= i,
            0 <= result.len() <= c1.len(),
            result.len() == c1.len()
        decreases c1.len() - i
    {
        result.push(c1[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}