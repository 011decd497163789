// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition@.len() > 0,
        forall|i: int| 0 <= i < condition@.len() ==> {
            (condition[i] && condition[i]@.len() < 2) || (condition[i]@.len() == 0 ==> condition@[i]@.len() < 2)
        }
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 2): strengthened loop invariant to prove array index safety */
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < condition.len()
        invariant
            i <= condition.len(),
            result.len() == i,
            forall|j: int| 0 <= j < condition@.len() ==> {
                result[j] == x[i],
                result[j]@.len() == condition@.len(),
                (condition[i] && condition[i]@.len() < 2) || (condition[i]@.len() == 0 ==> condition@[i]@.len() < 2),
            },
            forall|j: int| 0 <= j < condition@.len() ==> {
                result[j] == y[i],
                result[j]@.len() == condition@.len(),
                (condition[j] && condition[j]@.len() < 2) || (condition[j]@.len() == 0 ==> condition@[j]@.len() < 2),
            },
        decreases(condition.len() - i) as int
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