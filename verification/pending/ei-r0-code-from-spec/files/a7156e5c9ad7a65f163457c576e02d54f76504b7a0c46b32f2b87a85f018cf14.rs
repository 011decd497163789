// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): no helpers needed */
// </vc-helpers>

// <vc-spec>
fn numpy_flip(m: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result.len() == m.len(),
        forall|i: int| 0 <= i < m.len() ==> result[i] == m[m.len() - 1 - i],
// </vc-spec>
// <vc-code>
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < m.len()
        invariant
            result.len() == i,
            forall|j: int| 0 <= j < i ==> result[j] == m[i - j],
        decreases m.len() - i
    {
        result.push(m[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}