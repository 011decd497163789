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
    let mut x: Vec<f32> = Vec::new();
    let mut j: usize = 0;
    while j < x.len()
        invariant
            j <= x.len(),
            x@.len() == j as nat,
        decreases (x.len() as int) as int
    {
        x.push(0.0f32);
        j += 1;
    }
    x
}
// </vc-code>


}
fn main() {}