// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn asmatrix(data: Vec<f32>) -> (result: Vec<f32>)
    ensures result.len() == data.len(),
    /* For each row in data */
    (forall|i: int| 0 <= i < result@.len() && i <= result.len() ==> result[i] == 0xffffffff)
// </vc-spec>
// <vc-code>
{
    data
}
// </vc-code>

}
fn main() {}