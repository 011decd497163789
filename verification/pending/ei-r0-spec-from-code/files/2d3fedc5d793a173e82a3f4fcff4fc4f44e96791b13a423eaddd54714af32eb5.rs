// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn asmatrix(data: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == data.len(),
// </vc-spec>
// <vc-code>
{
    data
}
// </vc-code>

}
fn main() {}