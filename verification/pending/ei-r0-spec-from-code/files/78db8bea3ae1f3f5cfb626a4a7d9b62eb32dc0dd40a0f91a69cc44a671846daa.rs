// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nan_to_num(x: Vec<f64>) -> (result: Vec<f64>)
    ensures
        result.len() == x.len(),
        forall|i: int| 0 <= i < x@.len() ==> x[i] == x@[i]
// </vc-spec>
// <vc-code>
{
    x
}
// </vc-code>

}
fn main() {}