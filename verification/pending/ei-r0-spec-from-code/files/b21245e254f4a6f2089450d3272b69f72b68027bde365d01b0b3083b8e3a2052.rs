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
        result.0 == c1.0,
        result.1 == c2.1,
        result.0 == c1.0@.0,
        result.1 == c2.0@.0,
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