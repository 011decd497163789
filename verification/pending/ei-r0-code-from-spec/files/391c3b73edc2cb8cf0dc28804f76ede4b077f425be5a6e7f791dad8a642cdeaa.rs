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
    result.push(x);
    result.push(0);
    result
}
// </vc-code>

}
fn main() {}