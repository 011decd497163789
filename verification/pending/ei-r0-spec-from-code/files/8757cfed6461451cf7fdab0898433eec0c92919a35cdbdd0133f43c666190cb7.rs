// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn pinv(a: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires
        a.len() > 0,
        forall|i: int| 0 <= i < a.len() ==> a[i]@.len() > 0,
        forall|i: int| 0 <= i < a.len() ==> a[i]@[0] > 0,
        forall|i: int| 0 <= i < a.len() ==> forall|j: int| 0 <= j < a.len() ==> a[i]@[j] > 0,
    ensures
        result@.len() == a@.len(),
        forall|i: int| 0 <= i < result@.len() ==> result@[i]@.len() == a@.len(),
        forall|i: int| 0 <= i < result@.len() ==> result@[i]@[0] == 0.0f32,
        forall|i: int| 0 <= i < result@.len() ==> result@[i]@[1] == 0.0f32,
// </vc-spec>
// <vc-code>
{
    let mut row: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            row.len() == i as int,
            forall|k: int| 0 <= k < row.len() ==> row[k]@.len() == a@.len(),
            forall|k: int| 0 <= k < row.len() ==> row[k]@[0] == 0.0f32,
        decreases a.len() - i
    {
        row.push(0.0f32);
        i += 1;
    }

    let mut res: Vec<Vec<f32>> = Vec::new();
    res.push(row);
    res
}
// </vc-code>


}
fn main() {}