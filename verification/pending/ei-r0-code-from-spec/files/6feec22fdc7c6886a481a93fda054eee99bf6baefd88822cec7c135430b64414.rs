// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_exp(x: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == x.len(),
// </vc-spec>
// <vc-code>
{
    let mut x: Vec<f32> = Vec::new();
    let mut k: usize = 0;
    while x.len() < x.len()
        invariant
            x.len() == x.len(),
            x.len() == k,
        decreases (k as int) as int
    {
        x = x.push(x[k]);
        k = k + 1;
    }
    x
}
// </vc-code>

}
fn main() {}