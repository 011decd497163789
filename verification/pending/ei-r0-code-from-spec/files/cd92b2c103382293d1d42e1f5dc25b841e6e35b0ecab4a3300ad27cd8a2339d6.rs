// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn where_fn(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition.len() == x.len(),
        x.len() == y.len(),
    ensures 
        result.len() == condition.len(),
        forall|i: int| 0 <= i < condition.len() ==> 
            result@[i] == if condition@[i] { x@[i] } else { y@[i] }
// </vc-spec>
// <vc-code>
{
    let result = x.clone();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i ==> 
                result@[j] == if x@[j] { x@[j] } else { y@[j] }
        decreases x.len() - i
    {
        let n = i + 1;
        let mut j = 0;
        while j < n
            invariant
                n <= i,
                result@[j] == if n == i { x@[j] } else { y@[j] }
            decreases x.len() - j
        {
            if x@[j] == x[i] {
                result.push(x[j]);
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    result
}
// </vc-code>

}
fn main() {}