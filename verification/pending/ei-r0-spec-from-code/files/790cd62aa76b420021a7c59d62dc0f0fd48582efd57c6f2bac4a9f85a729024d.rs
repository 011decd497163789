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
        forall|i: int| 0 <= i < pol.len() ==> 
            0 <= result[i] < pol[i],
        forall|i: int| 0 <= i < pol.len() ==> 
            0 <= result[i] && 0 <= result[i] && 
            result[i] < pol[i]
// </vc-spec>
// <vc-code>
{
    pol
}
// </vc-code>


}
fn main() {}