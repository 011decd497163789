// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
spec fn all_not_equal_up_to(arr: &[i32], target: i32, n: int) -> bool { forall|k: int| 0 <= k && k < n ==> arr[k as int] != target }

proof fn lemma_lt_implies_nonzero(i: usize, len: usize)
    ensures i < len ==> 0 < len
{ }
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn binary_search(arr: &[i32], target: i32) -> (result: Option<usize>)
    requires arr.len() > 0,
    ensures 
        result.0 < arr.len() && result.1 < arr.len(),
        forall|k: int| 0 <= k < result.1 ==> arr[k as int] != target,
        result.0 != arr.len() && result.1 != arr.len(),
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            i as int <= arr.len(),
            forall|k: int| 0 <= k < i as int ==> arr[k as int] != target,
        decreases arr.len() - i
    {
        if arr[i] == target {
            proof { lemma_lt_implies_nonzero(i, arr.len()); }
            return Some(i);
        } else {
            i = i + 1;
        }
    }
    None
}
// </vc-code>

}
fn main() {}