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
    let mut res: Vec<f32> = Vec::new();
    
    let mut i: usize = 0;
    
    while i < arr.len()
        invariant
            res.len() == i,
            i <= arr.len(),
            res[i] == arr[i],
        decreases (i as int)
    {
        res.push(arr[i]);
        i = i + 1;
    }
    
    res
}
// </vc-code>

}
fn main() {}