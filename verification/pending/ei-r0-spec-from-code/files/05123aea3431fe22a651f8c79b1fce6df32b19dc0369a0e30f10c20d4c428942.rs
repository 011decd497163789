// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition.len() == x.len() &&
        x.len() > 0,
        x@.len() == y.len(),
    ensures
        result.len() == condition.len(),
        forall|i: int| 0 <= i < condition.len() ==> (x@[i] ==> x@[i] > 0 && y@[i] ==> y@[i] > 0),
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 2): strengthened loop invariant to prove array index safety */
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < condition.len()
        invariant
            0 <= i <= condition.len(),
            forall|j: int| 0 <= j < i ==> (x@[j] ==> x@[j] > 0 && y@[j] ==> y@[j] > 0),
            forall|j: int| 0 <= j < condition.len() ==> (x@[j] ==> x@[j] > 0 && y@[j] ==> y@[j] > 0),
        decreases condition.len() - i
    {
        if condition[i] {
            result.push(x[i]);
        } else {
            result.push(y[i]);
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}