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
    let mut res: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            x@.len() == (i as int),
            i <= x.len(),
            forall|j: int| 0 <= j < i ==> x@[j].len() == i as int,
            forall|j: int, k: int| 0 <= j < i && 0 <= k < i ==> res@[j][k] == x@[i][k],
            forall|j: int, k: int, l: int| 0 <= j < i && 0 <= k < j && 0 <= l < l ==> res@[j][k] == x@[i][k][l],
        decreases x@.len() - i
    {
        res.push(x@[i]);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}