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
    let v_res: Vec<f32> = x.map(v) as Vec<f32>;
    let mut c: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < v_res.len()
        invariant
            i <= v_res.len(),
            v_res@.len() == i,
            c@.len() == v_res@.len(),
        decreases v_res.len() - i
    {
        c.push(x[i]);
        i = i + 1;
    }
    c
}
// </vc-code>

}
fn main() {}