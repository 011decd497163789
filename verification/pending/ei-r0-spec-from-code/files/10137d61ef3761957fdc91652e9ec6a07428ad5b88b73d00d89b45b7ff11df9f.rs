// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn pinv(a: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    ensures
        result.len() == a.len(),
        result[0].len() == a.len(),
        forall|i: int| 0 <= i < result.len() ==> result[i].len() == a[i].len(),
        forall|i: int| 0 <= i < result.len() ==> result[i].len() == a[i][0].len()
// </vc-spec>
// <vc-code>
{
    let mut row: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            a.len() == i,
            row.len() == a.len(),
            row[0].len() == a.len(),
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