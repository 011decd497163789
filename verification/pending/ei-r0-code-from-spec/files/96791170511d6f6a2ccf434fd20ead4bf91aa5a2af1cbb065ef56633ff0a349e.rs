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
    // Check if c is an unsigned 32-bit scalar
    if c == 1 {
        let v: f32 = c;
        v
    } else {
        let v: f32 = 0;
        v
    }
    // Check if k is an unsigned 32-bit scalar
    if k == 1 {
        let v: f32 = k;
        v
    } else {
        let v: f32 = 0;
        v
    }
    // Check if scl is a 32-bit scalar
    if scl == 1 {
        let v: f32 = scl;
        v
    } else {
        let v: f32 = 0;
        v
    }
    // Check if c and scl are identical
    if c == scl {
        // If scl is the same as c, c and scl are the same
        if scl == 1 {
            if c == 1 {
                let v: f32 = c;
                v
            } else {
                let v: f32 = 0;
                v
            }
        } else {
            // If scl is the same as c, c and scl are the same
            if scl == 1 {
                if c == 1 {
                    let v: f32 = c;
                    v
                } else {
                    let v: f32 = 0;
                    v
                }
            }
        }
    }
    // Construct and push the result
    let res: Vec<f32> = vec_clone(c, scl, lbnd, lbnd);
    res
}
// </vc-code>

}
fn main() {}