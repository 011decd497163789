// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition.len() == 2,
        x@.len() == 1,
        y@.len() == 1,
        condition[0] == x@[0] && condition[0] == y@[0],
        x@.len() == 1,
        y@.len() == 1,
        condition[0] == x@[0] && condition[0] == y@[0],
    ensures
        x@.len() == 1,
        y@.len() == 1,
        condition[0] == x@[0] && condition[0] == y@[0],
        x@[0] == y@[0],
        x@[0] == y@[0],
        result@.len() == x@.len() + y@.len(),
        result@[0] == x@[0] + y@[0],
        result@[0] == x@[0] + y@[0],
        result@[0] == x@[0] + y@[0],
        result@[0] == x@[0] + y@[0],
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
            forall|j: int| 0 <= j < i ==> result[j] == x[j],
            forall|j: int| 0 <= j < i ==> result[j] == y[j],
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