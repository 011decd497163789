// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn pinv(a: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires 
        a@.len() > 0,
        forall|i: int| 0 <= i < a@.len() ==> a@[i].len() > 0,
    ensures 
        result@.len() > 0,
        forall|i: int| 0 <= i < result@.len() ==> result@[i].len() == a@.len(),
        (forall|i: int, j: int| (0 <= i < a@.len() && 0 <= j < a@[i].len()) ==> a@[i][j] == 0.0f32) ==> 
            (forall|i: int, j: int| (0 <= i < result@.len() && 0 <= j < result@[i].len()) ==> result@[i][j] == 0.0f32)
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i < a.len(),
            0 <= i < a.len(),
            result@.len() > 0,
            forall|j: int| 0 <= j < i ==> result@[j] == 0.0f32,
        decreases (a.len() - i) as int
    {
        let mut j: usize = 0;
        while j < a.len()
            invariant
                0 <= j < a.len(),
                0 <= j < a.len(),
                result@.len() > 0,
                forall|k: int| 0 <= k < j ==> result@[k] == 0.0f32,
            decreases (a.len() - j) as int
        {
            result.push(0.0f32);
            j = j + 1;
        }
        result.push(a[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}