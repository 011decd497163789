// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nansum(a: Vec<f32>) -> (result: f32)
    requires 
        a.len() > 0,
    ensures 
        result == a@[0],
// </vc-spec>
// <vc-code>
{
    let result: f32 = 0.0f32;
    result
}
// </vc-code>


}
fn main() {}