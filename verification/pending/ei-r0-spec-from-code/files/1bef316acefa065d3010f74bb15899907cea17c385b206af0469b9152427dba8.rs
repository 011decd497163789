// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): identity vector helper with named return */
fn id_vec(a: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result == a,
{
    a
}
// </vc-helpers>

// <vc-spec>
fn numpy_rollaxis(a: Vec<f32>, axis: i32, start: i32) -> (result: Vec<f32>)
    requires 
        0 <= start <= 1,
        axis == 0,
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < result@.len() ==> result[i] == a@[i],
        forall|i: int| start <= i < result@.len() ==> result[i] == a@[axis],
        forall|i: int| start <= i < result@.len() && i <= axis ==> result@[i] == a@[axis],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): call identity helper to return original vector */
    id_vec(a)
}
// </vc-code>

}
fn main() {}