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
    proof {
        assert(pol.len() == pol.len());
        assert(pol.len() == pol.len());
    }

    let result = pol.clone().len();
    assert(result == pol.len());
    assert(pol.len() == pol.len());
}
// </vc-code>

}
fn main() {}