// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn stack(arrays: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires arrays.len() > 0,
    ensures
        result.len() == arrays.len(),
        forall|i: int| 0 <= i < result.len() ==> result[i] == arrays[i],
        forall|i: int| 0 <= i < result.len() ==> result[i] == array[i],
// </vc-spec>
// <vc-code>
{
    arrays
}
// </vc-code>

}
fn main() {}