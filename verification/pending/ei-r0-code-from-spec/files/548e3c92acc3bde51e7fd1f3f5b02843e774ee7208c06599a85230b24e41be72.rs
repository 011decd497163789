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
    /* code modified by LLM (iteration 3): added predicate that is true if x@[i] == y@[i], false otherwise */
    let mut result = Vec::new();
    let mut i = 0;
    while i < x.len()
        invariant
            0 <= i <= x.len(),
            forall|j: int| 0 <= j < i ==> if x@[j] { x@[j] } else { y@[j] }
            forall|j: int| 0 <= j < i ==> if x@[j] { x@[j] } else { y@[j] }
        decreases x.len() - i
    {
        let x_pred = x@[i];
        let y_pred = y@[i];
        if x_pred == y_pred {
            result.push(x@[i]);
        } else {
            if x_pred == y_pred {
                result.push(y@[i]);
            } else {
                result.push(x_pred);
            }
        }
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}