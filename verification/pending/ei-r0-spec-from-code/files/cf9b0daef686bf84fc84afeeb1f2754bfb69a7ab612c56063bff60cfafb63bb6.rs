// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn chebdiv(c1: Vec<f32>, c2: Vec<f32>) -> (result: (Vec<f32>, Vec<f32>))
    requires 
        c2.len() > 0,
        c2[c2.len() - 1] != 0.0f32,
    ensures 
        result.0.len() == c1.len(),
        forall|i: int| 0 <= i < c1.len() ==> result.1[i] == c1[i] as f32,
        forall|i: int| 0 <= i < c2.len() ==> result.0[i] == c2[i] as f32,
// </vc-spec>
// <vc-code>
{
    let quo: Vec<f32> = Vec::new();
    let rem: Vec<f32> = Vec::new();
    (quo, rem)
}
// </vc-code>


}
fn main() {}