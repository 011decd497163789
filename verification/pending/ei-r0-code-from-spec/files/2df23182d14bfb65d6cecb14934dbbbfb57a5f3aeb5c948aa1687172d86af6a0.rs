// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): use usize for executable indices, keep spec via casts; build a row of zeros of given length */
fn make_row(ny: usize) -> (row: Vec<f32>)
    ensures
        row@.len() == ny as nat,
{
    let mut row: Vec<f32> = Vec::new();
    let mut j: usize = 0;
    while j < ny
        invariant
            j <= ny,
            row@.len() == j as nat,
        decreases (ny - j) as int
    {
        row.push(0.0f32);
        j += 1;
    }
    row
}
// </vc-helpers>

// <vc-spec>
fn leggrid2d(x: Vec<f32>, y: Vec<f32>, c: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires 
        x@.len() > 0,
        y@.len() > 0,
        c@.len() > 0,
        forall|i: int| 0 <= i < c@.len() ==> c@[i].len() > 0,
    ensures
        /* The result has the correct shape: nx × ny grid */
        result@.len() == x@.len(),
        forall|i: int| 0 <= i < result@.len() ==> result@[i].len() == y@.len(),
        /* Grid structure preserves dimensionality */
        x@.len() > 0 && y@.len() > 0,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): add proof blocks to build row, increment row index; build row as row with length 0; append row with length 0 to row */
    let row_len = x.len();
    let row = make_row(y.len());
    let mut row_len_perm = 0;
    while row_len_perm < row_len
        invariant
            row_len_perm == row,
            row_len_perm == row_len,
        decreases (row_len - row_len_perm) as int
    {
        row_len_perm = row_len - row;
        row_len_perm = row_len - 1;
        if row_len_perm > 0 && row_len_perm < row_len_perm
        {
            row_len_perm = 0;
            row_len_perm = 0;
            row_len = row_len - row_len_perm;
        }
        row_len_perm = row_len;
        row_len = row_len_perm;
        row
    }
    let mut result: Vec<Vec<f32>> = Vec::new();
    result.push(0.0f32);
    result.push(0.0f32);
    result.push(0.0f32);
    result.push(0.0f32);
    result
}
// </vc-code>


}
fn main() {}