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
    let mut v: Vec<f32> = Vec::new();
    let mut i: usize = 0;

    while i < arr.len()
        invariant
            i <= arr.len(),
            v.len() == i,
            v.len() == arr.len(),
        decreases (i as usize as v.len()) - (i as usize as arr.len())
    {
        v.push(arr[i]);
        i += 1;
    }

    v
}
// </vc-code>

}
fn main() {}