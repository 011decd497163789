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
    let r1 = c1[0];
    let r2 = c2[0];
    let r3 = r1;
    r3
}
// </vc-code>


}
fn main() {}