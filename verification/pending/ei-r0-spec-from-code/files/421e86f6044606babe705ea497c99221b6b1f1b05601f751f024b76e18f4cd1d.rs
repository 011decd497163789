// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn stack(arrays: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    ensures
        result.len() == arrays.len(),
        forall|i: int| 0 <= i < result.len() ==> 
            array[i].len() == result[i].len(),
// </vc-spec>
// <vc-code>
{
    arrays
}
// </vc-code>

}
fn main() {}