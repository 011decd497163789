// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    requires 
        discont > 0,
    ensures 
        result.len() == p.len(),
        forall|i: int| 0 <= i < result.len() ==> {
            forall|j: int| 0 <= j < i as int ==> result[j] == discont,
            forall|j: int| 0 <= j < i as int ==> discont < result[j]
        }
// </vc-spec>
// <vc-code>
{
    p
}
// </vc-code>


}
fn main() {}