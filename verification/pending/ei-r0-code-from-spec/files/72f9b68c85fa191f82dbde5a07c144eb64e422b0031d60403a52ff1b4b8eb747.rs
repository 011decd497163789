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
    // assert
    let mut p: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < pol.len()
        invariant
            pol.len() == i,
            p.len() == pol.len(),
        decreases (pol.len() - i)
    {
        p.push(pol);
        i += 1;
    }
    p
}
// </vc-code>

}
fn main() {}