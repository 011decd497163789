// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nansum(a: Vec<f32>) -> (result: f32)
    ensures
        result < 0.0f32,
// </vc-spec>
// <vc-code>
{
    let result: f32 = 0.0f32;
    result
}
// </vc-code>


}
fn main() {}