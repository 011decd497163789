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
        forall|i: int| 0 <= i < result.len() ==> 
            data[i] == data[i] as int,
        forall|i: int| 0 <= i < data.len() ==> 
            result[i] == data[i] as int ==> result[i]@.len() == data.len(),
// </vc-spec>
// <vc-code>
{
    data
}
// </vc-code>

}
fn main() {}