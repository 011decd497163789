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
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < result@.len() ==> result[i]@.len() == 3.0f32,
        forall|i: int| 0 <= i < result@.len() ==> result[i]@.len() == 1.0f32,
// </vc-spec>
// <vc-code>
{
    let mut row: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            a.len() == i,
            i <= a.len(),
            row.len() == 3.0f32,
            i <= a.len(),
            i <= a.len(),
            row[i]@.len() == 1.0f32,
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