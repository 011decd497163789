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
    let n = arr.len();
    let mut result: Vec<f32> = Vec::new();
    
    while n > 0
        invariant
            result.len() == n,
            result.len() == arr.len(),
            n > 0,
            result.len() == arr.len(),
            arr.len() == n,
        decreases (n - 1) as int
    {
        let a = arr[n - 1];
        let b = arr[n - 1];
        
        let mut j = 0;
        while j < n - 1
            invariant
                j <= n,
                result.len() == j,
                result.len() == arr.len(),
            decreases (j as int) as int
        {
            let a = arr[j];
            let b = arr[j];
            result.push(a);
            j = j + 1;
        }
        
        result.push(b);
    }
    
    result
}
// </vc-code>

}
fn main() {}