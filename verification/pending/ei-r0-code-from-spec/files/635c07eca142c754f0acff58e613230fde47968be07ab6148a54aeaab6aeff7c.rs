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
    if c.len() < 1 {
        return c;
    }
    let mut result = Vec::<f32>::new();
    let mut i: usize = 0;
    while i < c.len()
        invariant
            i <= c.len(),
            result@.len() == i,
            result@.len() == c.len(),
        decreases(c.len() - i) as int
    {
        result.push(0.0f32);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}