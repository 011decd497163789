// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn poly2leg(pol: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == pol.len(),
// </vc-spec>
// <vc-code>
{
    let n = pol.len();
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            result.len() == i,
            result.len() == n,
            i <= n,
        decreases n - i
    {
        result.push(pol[i]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}