// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): [changed invariant from subrange to forall to fix verification] */
fn vec_clone(c: &Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == c.len(),
        result.view() == c.view(),
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c.len()
        invariant
            i <= c.len(),
            result.len() == i,
            forall|k: int| 0 <= k < (i as int) ==> result@[k] == c@[k],
        decreases c.len() - i
    {
        result.push(c[i]);
        i = i + 1;
    }
    result
}
// </vc-helpers>

// <vc-spec>
fn chebint(c: Vec<f32>, m: u8, k: Vec<f32>, lbnd: f32, scl: f32) -> (result: Vec<f32>)
    requires 
        m > 0,
        scl != 0.0f32,
        k.len() == m as usize,
    ensures
        result.len() == c.len() + (m as usize),

        result.len() >= c.len(),
        m == 1 ==> result.len() == c.len() + 1,
// </vc-spec>
// <vc-code>
{
    let mut r: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c.len()
        invariant
            i <= c.len(),
            r.len() == i,
            forall|k: int| 0 <= k < (i as int) ==> r@[k] == c@[k],
        decreases c.len() - i
    {
        r.push(c[i]);
        i = i + 1;
    }
    r
}
// </vc-code>

}
fn main() {}