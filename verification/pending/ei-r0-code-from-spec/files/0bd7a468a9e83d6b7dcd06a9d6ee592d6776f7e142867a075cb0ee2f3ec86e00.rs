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
    /* code modified by LLM (iteration 2): added loop invariants for loop length; changed to ensure loop invariants are enforced in addition to loop body */
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c1.len()
        invariant
            0 <= i,
            i <= c1.len(),
            result.len() == i,
            exists|j: int| 0 <= j < i && #[trigger] c1[j] != 0.0f32,
        decreases c1.len() - i
    {
        let mut co = c1[i];
        let mut j: usize = 0;
        while j < c2.len()
            invariant
                0 <= j,
                j <= c2.len(),
                result.len() == j,
                exists|k: int| 0 <= k < j && #[trigger] c2[k] != 0.0f32,
                c2[k] == co,
            decreases c2.len() - j
        {
            result.push(co);
            j = j + 1;
        }
        result.push(co);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}