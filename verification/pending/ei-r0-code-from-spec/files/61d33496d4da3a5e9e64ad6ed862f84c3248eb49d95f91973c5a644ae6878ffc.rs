// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn copy(src: &Vec<i32>, s_start: usize, dest: &Vec<i32>, d_start: usize, len: usize) -> (result: Vec<i32>)
    requires 
        src.len() >= s_start + len,
        dest.len() >= d_start + len,
    ensures
        result.len() == dest.len(),
        forall|i: int| 0 <= i < d_start ==> #[trigger] result[i] == dest[i],
        forall|i: int| d_start + len <= i < result.len() ==> #[trigger] result[i] == dest[i],
        forall|i: int| 0 <= i < len ==> #[trigger] result[d_start + i] == #[trigger] src[s_start + i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added loop invariants and provides only one return type for loop invariants */
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < d_start
        invariant
            i <= d_start + len,
            forall|k: int| 0 <= k < len ==> #[trigger] result[k] == src[k],
            forall|k: int| 0 <= k < i ==> #[trigger] result[k] == src[s_start + k],
        decreases d_start - i
    {
        result.push(src[i]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}