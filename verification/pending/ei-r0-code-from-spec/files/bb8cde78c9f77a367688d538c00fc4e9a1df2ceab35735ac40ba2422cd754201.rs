// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_matrix_transpose(x: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires 
        x@.len() > 0,
        forall|i: int| 0 <= i < x@.len() ==> x@[i].len() > 0,
        forall|i: int, j: int| 0 <= i < x@.len() && 0 <= j < x@.len() ==> x@[i].len() == x@[j].len(),
    ensures
        result@.len() == (if x@.len() > 0 { x@[0].len() } else { 0 }),
        forall|i: int| 0 <= i < result@.len() ==> result@[i].len() == x@.len(),
        forall|i: int, j: int| 0 <= i < x@.len() && 0 <= j < x@[0].len() ==> result@[j][i] == x@[i][j],
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            result@.len() == (forall|j: int| 0 <= j < i as int ==> x@[j].len() == x@[j] as int),
        decreases (x.len() - i) as int
    {
        let mut j: usize = i + 1;
        let mut k: usize = 0;
        while j < x.len()
            invariant
                k <= i as int,
                result@.len() == (forall|j: int| 0 <= j < k as int ==> x@[j].len() == x@[j] as int),
                result@[k] == x@[k] as int,
            decreases (x.len() - j) as int
        {
            if x@[i as int] == x@[k as int] {
                result.push(x@[i as int]);
            }
            i = i + 1;
        }
        result.push(x@[i as int]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}