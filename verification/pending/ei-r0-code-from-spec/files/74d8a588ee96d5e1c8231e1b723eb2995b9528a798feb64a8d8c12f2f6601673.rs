// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nancumprod(arr: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == arr.len(),
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            result.len() == i,
            result.len() == arr.len(),
        decreases (i as usize) as int
    {
        if arr[i] < 0 {
            result.push(0.0);
            i = i + 1;
        } else {
            result.push(arr[i]);
            i = i + 1;
        }
    }
    result
}
// </vc-code>

}
fn main() {}