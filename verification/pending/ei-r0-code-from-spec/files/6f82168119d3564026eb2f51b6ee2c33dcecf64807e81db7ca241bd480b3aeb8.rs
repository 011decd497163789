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
    let mut v: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < pol.len()
        invariant
            pol.len() == i,
            i <= pol.len(),
            v.len() == i,
        decreases pol.len() - i
    {
        v.push(pol.elem@);
        i += 1;
    }
    v
}
// </vc-code>

}
fn main() {}