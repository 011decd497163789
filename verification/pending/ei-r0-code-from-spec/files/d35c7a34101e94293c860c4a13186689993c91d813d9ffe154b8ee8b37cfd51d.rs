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
    let mut src_copy = Vec::new();
    let mut dest_copy = Vec::new();
    let mut i: usize = 0;
    while i < len
        invariant
            i <= len,
            dest_copy.len() >= src_copy.len(),
            dest_copy.len() >= src_copy.len(),
            forall|k: int| 0 <= k < i ==> #[trigger] src_copy[k] == dest_copy[k],
            forall|k: int| 0 <= k < i ==> #[trigger] dest_copy[k] == #[trigger] src_copy[k + i],
        decreases src_copy.len() - i
    {
        let src_copy_i: usize = src_copy.slice(0, i);
        let dest_copy_i: usize = dest_copy.slice(0, i);
        let src_copy_j: usize = src_copy_i.clone();
        let dest_copy_j: usize = dest_copy_i.clone();
        src_copy_i.push(src_copy_j);
        dest_copy_i.push(dest_copy_j);
        i = i + 1;
    }
    dest_copy
}
// </vc-code>

}
fn main() {}