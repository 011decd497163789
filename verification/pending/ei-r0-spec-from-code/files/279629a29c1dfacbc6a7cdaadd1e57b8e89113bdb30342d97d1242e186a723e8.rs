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
    ensures 
        result.len() == arrays.len(),
        forall|i: int| 0 <= i < arrays.len() ==> 
            result[i].len() == arrays.len(),
        forall|i: int| 0 <= i < arrays.len() && 
            result[i] == arrays[i] && 
            forall|j: int| 0 <= j < i ==> 
            result[j] == arrays[j],
        forall|i: int| 0 <= i < arrays.len() && 
            result[i] == arrays[i],
// </vc-spec>
// <vc-code>
{
    arrays
}
// </vc-code>

}
fn main() {}