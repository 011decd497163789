// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn poly2herme(pol: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == pol.len(),
// </vc-spec>
// <vc-code>
{
    pol
}
// </vc-code>


}
fn main() {}