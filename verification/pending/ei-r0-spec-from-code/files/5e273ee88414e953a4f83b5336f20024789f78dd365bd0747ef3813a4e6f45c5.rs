// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): identity vector helper with named return */
fn id_vec(a: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> result[i] == a[i]
{
    a
}
// </vc-helpers>

// <vc-spec>
fn numpy_rollaxis(a: Vec<f32>, axis: i32, start: i32) -> (result: Vec<f32>)
    ensures result == a
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): call identity helper to return original vector */
    id_vec(a)
}
// </vc-code>

}
fn main() {}