// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn vec_clone_id(arrays: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    ensures
        result.len() == arrays.len(),
        forall|i: int| 0 <= i < arrays.len() ==> result[i].len() == arrays[i].len(),
        forall|i: int, j: int| 0 <= i < arrays.len() && 0 <= j < arrays[i].len() ==> result[i][j] == arrays[i][j],
{
    let mut result = Vec::new();
    let mut i = 0;
    while i < arrays.len()
        invariant
            result.len() == arrays.len(),
            result[i] == arrays[i],
            forall|k: int| 0 <= k < result[i] ==> result[k] == arrays[k],
            forall|k: int, j: int| 0 <= k < result[k] && 0 <= j < result[k] ==>
                result[k][j] == arrays[k][j],
        decreases i as int
    {
        result.push(arrays[i]);
        i = i + 1;
    }
    result
}
// </vc-helpers>

// <vc-spec>
fn row_stack(arrays: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires arrays.len() > 0,
             forall|i: int| 0 <= i < arrays.len() ==> arrays[i].len() > 0,
             forall|i: int, j: int| 0 <= i < arrays.len() && 0 <= j < arrays.len() ==> 
                 arrays[i].len() == arrays[j].len(),
    ensures result.len() == arrays.len(),
            forall|i: int| 0 <= i < result.len() ==> result[i].len() == arrays[i].len(),
            forall|i: int, j: int| 0 <= i < result.len() && 0 <= j < result[i].len() ==>
                result[i][j] == arrays[i][j]
// </vc-spec>
// <vc-code>
{
    arrays
}
// </vc-code>

}
fn main() {}