// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn stack(arrays: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires 
        arrays.len() > 0,
        forall|i: int| 0 <= i < arrays.len() ==> arrays[i].len() > 0,
        forall|j: int| 0 <= j < arrays.len() ==> arrays[j].len() == 1,
    ensures
        result.len() == arrays.len() - 1,
        forall|k: int| 0 <= k < result.len() ==> result[k].len() == 1,
// </vc-spec>
// <vc-code>
{
    arrays
}
// </vc-code>

}
fn main() {}