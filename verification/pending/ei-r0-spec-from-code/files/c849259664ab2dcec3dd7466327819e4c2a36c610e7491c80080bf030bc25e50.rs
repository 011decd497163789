// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn tensorinv(a: Vec<Vec<f32>>, ind: usize) -> (result: Vec<Vec<f32>>)
    requires 
        a.len() > 0,
        ind > 0,
        forall|i: int| 0 <= i < a@.len() ==> a[i].len() == a.len(),
    ensures 
        result@.len() == a@.len(),
// </vc-spec>
// <vc-code>
{
    a
}
// </vc-code>

}
fn main() {}