// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn asmatrix(data: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == data.len(),
        forall|i: int| 0 <= i < result.len() ==> (
            result[i] == data[i]),
        forall|i: int| 0 <= i < data.len() && 0 < result[i] ==> (
            result[i] == data[i] && result[i] == data[i] as int),
// </vc-spec>
// <vc-code>
{
    data
}
// </vc-code>

}
fn main() {}