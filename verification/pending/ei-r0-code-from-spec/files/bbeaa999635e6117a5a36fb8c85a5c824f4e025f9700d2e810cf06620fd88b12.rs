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
    /* code modified by LLM (iteration 2): modified `x` to `{ x }` and `y` to `{ y }` */
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            result@.len() == i,
            forall|j: int| 0 <= j < i ==> 
                result@[j] == if condition@[j] { x@[j] } else { y@[j] }
        decreases x.len() - i
    {
        let mut j: usize = 0;
        while j < y.len()
            invariant
                j <= y.len(),
                result@.len() == j,
            decreases x.len() - j
        {
            let mut i: usize = 0;
            while i < y.len()
                invariant
                    i <= y.len(),
                    result@.len() == i,
                decreases x.len() - i
            {
                let mut j: usize = 0;
                while j < y.len()
                    invariant
                        j <= y.len(),
                        result@.len() == j,
                    decreases x.len() - j
                {
                    if y@[j] == x[j] {
                        result@.push(x[j]);
                        j += 1;
                        if x[j] == y[j] {
                            result@.push(y[j]);
                            j += 1;
                        }
                        i += 1;
                        j += 1;
                    }
                }
            }
        }
        result.push(x[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}