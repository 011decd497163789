// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn capitalize(a: Vec<String>) -> (result: Vec<String>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> #[trigger] result[i]@.len() == a[i]@.len()
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added loop invariants and decreases clauses to ensure loop invariants meet the requirements in the code block */
    let mut result: Vec<String> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == i,
            forall|k: int| 0 <= k < i ==> #[trigger] result[k]@.len() == a[k]@.len(),
        decreases a.len() - i
    {
        let new_idx = i + 1;
        let old_idx = a[0];
        result.push(new_idx);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}