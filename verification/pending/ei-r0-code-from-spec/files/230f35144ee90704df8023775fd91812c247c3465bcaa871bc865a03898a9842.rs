// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn helpers_marker() {}
// </vc-helpers>

// <vc-spec>
fn legmulx(c: Vec<f32>) -> (result: Vec<f32>)
    requires c@.len() > 0,
    ensures
        result@.len() == c@.len() + 1,
        result[0] == 0.0f32,
        result[1] == c[0],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added function body and assertion*/
    let r: Vec<f32> = Vec::new();
    r.push(0.0f32);
    r.push(0.0f32);
    r.push(c@);
    proof { assert(c@.len() == 0); }
    let s: Vec<f32> = legmulx(c);
    proof { assert(s@.len() == c@.len() + 1); }
    proof { assert(s@.len() == c@.len()); }
    proof { assert(s@@.len() == c@.len() + 1); }
    r
}
// </vc-code>

}
fn main() {}