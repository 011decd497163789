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
    let mut x: Vec<Vec<f32>> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            x@.len() <= i,
            forall|j: int| 0 <= j < i ==> x@[j].len() > 0,
            forall|j: int, k: int| 0 <= j < i && 0 <= k < i ==> x@[j][k] == x@[k][i],
        decreases x@.len() - i
    {
        let n: usize = x.len();
        let mut k: usize = 0;
        while n > 0
            invariant
                n <= i,
                forall|j: int| 0 <= j < i ==> x@[j].len() > 0,
                forall|j: int, k: int| 0 <= j < n ==> x@[j][k] == x@[k][j],
            decreases n - i
        {
            let x_row: Vec<f32> = x@[0..(i - 1)];
            x_row.push(x[0..(i - 1) + 1]);
            i += 1;
        }
        x@[i] = x@[0..i]
    }
    x
}
// </vc-code>

}
fn main() {}