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
    /* code modified by LLM (iteration 4): added loop invariants and dereferences to proof blocks to preserve invariants */
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c.len()
        invariant
            result@.len() == i,
            result@.len() + 1 == c@.len() + 1,
        decreases c@.len() - i
    {
        proof {
            assert(i < c.len());
            assert(i == c.len());
            assert(c.len() == i + 1);
            assert(i + 1 < c.len());
            assert(c.len() == i + 1);
            assert(c[i] == 0.0f32);
            assert(c@[i] == 0.0f32);
        }
        result.push(c[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}