// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nextafter(x1: Vec<i8>, x2: Vec<i8>) -> (result: Vec<i8>)
    requires x1.len() == x2.len(),
    ensures
        result.len() == x1.len(),
        /*__HOPE__*/
        forall|i: int| 0 <= i < x1.len() ==> result[i] == x1[i]
// </vc-spec>
// <vc-code>
{
    x2
}
// </vc-code>


}
fn main() {}