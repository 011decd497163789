// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_append(arr: Vec<f32>, values: Vec<f32>) -> (result: Vec<f32>)
    requires 
        arr.len() > 0,
        forall|i: int| 0 <= i < arr.len() ==> arr[i] as f32 == values[i],
    ensures
        result.len() == arr.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added decreases clause to while loop */
    let mut result = arr;
    let mut i = 0;
    while i < values.len()
        invariant
            0 <= i < arr.len(),
            arr.len() > 0,
            forall|k: int| 0 <= k < arr.len() ==> arr[k] as f32 == values[i],
        decreases values.len() - i
    {
        result.push(values[i]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}