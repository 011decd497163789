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
        forall|i: int| 0 <= i < arrays.len() ==> #[trigger] arrays[i].len() == arrays[0].len(),
    ensures
        result.len() == arrays.len(),
        forall|i: int| 0 <= i < result.len() ==> #[trigger] result[i].len() == arrays[0].len(),
        forall|i: int, j: int| 0 <= i < result.len() && 0 <= j < result[i].len() ==> #[trigger] result[i][j] == #[trigger] arrays[i][j],
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            0 <= i as int,
            result.len() == i,
            forall|j: int| 0 <= j < i as int ==> #[trigger] result[j] == arr[i],
            forall|j: int, k: int| 0 <= j < result[i as int] && 0 <= k < result[j as int] ==> #[trigger] result[j][k] == #[trigger] arr[i][j],
        decreases(i as int) - (i as int)
    {
        let mut j: usize = 0;
        while j < arr.len()
            invariant
                0 <= i as int,
                result.len() == i,
                forall|k: int| 0 <= k < i as int ==> #[trigger] result[k] == arr[i],
                forall|k: int, l: int| 0 <= k < j as int && 0 <= l < j as int ==> #[trigger] arr[k][l] == #[trigger] arr[i][j],
                decreases(j as int) - (j as int)
            decreases(i as int) - (i as int)
        {
            result.push(arr[i][j]);
            i = i + 1;
        }
    }
    result
}
// </vc-code>

}
fn main() {}