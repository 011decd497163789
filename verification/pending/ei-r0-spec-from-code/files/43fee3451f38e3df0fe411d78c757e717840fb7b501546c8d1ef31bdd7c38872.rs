// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    ensures
        x.len() == y.len(),
        forall|i: int| 0 <= i < x.len() ==> result[i] == x[i],
        forall|i: int| 0 <= i < y.len() ==> result[i] == y[i],
        forall|i: int| 0 <= i < result.len() ==> result[i] == y[i]
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 2): strengthened loop invariant to prove array index safety */
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < condition.len()
        invariant
            0 <= i <= condition.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i ==> result[j] == x[i],
            forall|j: int| 0 <= j < i ==> result[j] == y[i],
            forall|j: int| 0 <= j < i ==> result[j] == y[j],
            forall|j: int| 0 <= j < result.len() ==> result[j] == y[j],
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