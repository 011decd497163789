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
    let mut r = c1;
    let mut i = 0;
    while i < c1.len()
        invariant
            0 <= i <= c1.len(),
            r.len() <= c1.len(),
            r.len() == i,
            i <= c1.len(),
            r.len() == c1.len(),
            r.0 <= i,
            r[i] != 0.0f32,
        decreases (c1.len() - i) as int
    {
        r.push(0.0f32);
        i = i + 1;
    }
    r
}
// </vc-code>


}
fn main() {}