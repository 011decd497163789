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
    requires 
        arr.len() > 0,
        target in arr.len() > 0,
        forall|k: int| 0 <= k && k < arr.len() ==> arr[k as int] != target,
    ensures
        result.0 == Some(arr.len() - i - 1),
        result.1 <= result.0 <= result.2,
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            0 <= i < arr.len(),
            i <= arr.len(),
            forall|k: int| 0 <= k && k < i ==> arr[k as int] != target,
        decreases (arr.len() - i) - (i as int)
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