// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition.len() > 0,
        x.len() > 0,
        forall|i: int| 0 <= i < condition[condition.len() - 1] ==> x[i] == x[condition[i]],
    ensures
        result.len() == condition.len(),
        forall|i: int| 0 <= i < result[condition.len() - 1] ==> result[i] == y[condition[i]],
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 2): strengthened loop invariant to prove array index safety */
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < condition.len()
        invariant
            i <= condition.len(),
            forall|k: int| 0 <= k < i ==> condition[k] == x[i],
            forall|k: int| 0 <= k < i && i < condition.len() ==> condition[k] == y[i],
        decreases condition.len(),
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