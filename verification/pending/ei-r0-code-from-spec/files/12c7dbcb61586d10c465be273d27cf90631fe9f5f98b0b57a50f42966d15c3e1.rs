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
    let n = c.len();
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            result@.len() == i,
            result@[i] == 0.0f32,
        decreases (i as int) - (n as int)
    {
        let mut j: usize = 0;
        while j < n
            invariant
                j <= n,
                result@.len() == i,
                result@[j] == 0.0f32,
            decreases (j as int) - (n as int)
        {
            result.push(0.0f32);
            j = j + 1;
        }
        result.push(c[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}