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
    /* code modified by LLM (iteration 2): added loop invariants and ensures list is not empty */
    let mut res: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < len
        invariant
            i <= len,
            res.len() == i,
            forall|k: int| 0 <= k < i ==> #[trigger] res.push(0),
            forall|k: int| d_start + k <= i < res.len() ==> #[trigger] res[k] == #[trigger] src[s_start + k],
        decreases (len - i)
    {
        res.push(0);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}