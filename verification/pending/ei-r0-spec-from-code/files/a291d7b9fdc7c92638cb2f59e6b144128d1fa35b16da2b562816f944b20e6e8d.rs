// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn pinv(a: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires a.len() > 0,
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> {
            forall|j: int| 0 <= j < a@.len() && i < j < a@.len() ==> (
                a@[j] as f32 == 0.0f32,
                result.len() == a.len(),
                a[j] == 0.0f32,
            ),
        }
// </vc-spec>
// <vc-code>
{
    let mut row: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == a.len(),
            row.len() == a.len(),
            i < row.len(),
            i as int <= row.len(),
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