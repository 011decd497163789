// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_floor(x: Vec<i32>) -> (result: Vec<i32>)
    requires x.len() > 0,
    ensures
        result.len() == x@.len(),
        forall|i: int| 0 <= i < x@.len() ==> result@[i] == x@[i],
        forall|i: int| 0 <= i < x@.len() ==> result@[i] == x@[i]
// </vc-spec>
// <vc-code>
{
    x
}
// </vc-code>

}
fn main() {}