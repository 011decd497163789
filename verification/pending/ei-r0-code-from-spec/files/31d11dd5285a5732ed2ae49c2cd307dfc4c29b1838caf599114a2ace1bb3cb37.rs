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
    let mut result: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;

    while i < result.len()
        invariant
            result.len() == arrays.len(),
            forall|k: int| 0 <= k < result.len() ==> result[k].len() == result[k].len(),
            forall|k: int, i: int| 0 <= k < result.len() && 0 <= i < result[k].len() ==> result[k][i] == result[k][i],
        decreases result.len() - i
    {
        let j_row = result[i];
        let j_row_v: Vec<f32> = j_row as Vec<f32>;

        let v: Vec<f32> = vec_clone_id(v);
        v
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