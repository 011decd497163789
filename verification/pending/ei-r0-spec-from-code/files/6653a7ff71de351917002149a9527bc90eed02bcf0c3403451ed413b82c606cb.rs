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
        forall|i: int| 0 <= i < x1.len() ==> x1[i] == x2[i],
        forall|i: int, j: int| 0 <= i < x1.len() && 0 <= j < x1.len() ==> x1[i] == x2[j],
        forall|i: int, j: int| 0 <= i < x1.len() && 0 <= j < x1.len() ==> x1[i] == x2[j]
// </vc-spec>
// <vc-code>
{
    x2
}
// </vc-code>


}
fn main() {}