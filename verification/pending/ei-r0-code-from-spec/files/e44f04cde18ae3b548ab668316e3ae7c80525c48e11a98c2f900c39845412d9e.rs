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
    let mut result = Vec::new();
    let mut i: usize = 0;

    while i < c2.len()
        invariant
            0 <= i <= c2.len(),
            c2[i] != 0.0f32,
        decreases c2[i] - 1 as int
    {
        let c1_0 = c2[i];
        let c1_1 = c1_0.clone();
        let c1_2 = c2[i];

        let c2_0 = c1_1.clone();
        let c2_1 = c1_0.clone();

        let c2_1_0 = c2[i];
        let c2_2_0 = c2[i];

        if c2_0 != c2_1 {
            result.push(0.0f32);
        }

        i = i + 1;
    }

    result
}
// </vc-code>


}
fn main() {}