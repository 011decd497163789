// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_where(condition: Vec<bool>, x: Vec<f32>, y: Vec<f32>) -> (result: Vec<f32>)
    requires condition@.len() > 0,
    ensures 
        result@.len() == condition@.len() &&
        forall|i: int| 0 <= i < condition@.len() ==> (
            result@[i] == condition@[i] ?? (condition@[i] as int == x@[i] as int)
        ),
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 2): strengthened loop invariant to prove array index safety */
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < condition.len()
        invariant
            result@.len() == condition@.len(),
            i <= condition.len(),
            forall|j: int| 0 <= j < i ==> (
                result@[j] == condition@[j] ?? (condition@[j] as int == x@[j] as int)
            ),
        decreases (condition.len() - i) as int
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