// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn poly2herme(pol: Vec<f32>) -> (result: Vec<f32>)
    requires 
        pol.len() > 0,
        forall|i: int| 0 <= i < pol.len() ==> 
            0 <= pol[i] && 
            pol[i] % 3 == 0,
        forall|i: int| 0 <= i < pol.len() ==> 
            0 <= pol[i] % 3 == 0,
// </vc-spec>
// <vc-code>
{
    pol
}
// </vc-code>


}
fn main() {}