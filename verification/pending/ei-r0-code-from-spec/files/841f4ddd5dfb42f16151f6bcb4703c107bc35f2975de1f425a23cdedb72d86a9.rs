// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn binary_search_precond(a: &Vec<i32>, key: i32) -> bool {
    forall|i: int, j: int| 0 <= i <= j < a.len() ==> a[i] <= a[j]
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): Keep a sorted predicate for reasoning */
spec fn is_sorted_vec(a: &Vec<i32>) -> bool {
    forall|i: int, j: int| 0 <= i <= j < a.len() ==> a[i] <= a[j]
}
// </vc-helpers>

// <vc-spec>
fn binary_search(a: &Vec<i32>, key: i32) -> (result: usize)
    requires binary_search_precond(a, key),
    ensures
        result <= a.len(),
        forall|i: int| 0 <= i < result ==> a[i] < key,
        forall|i: int| result <= i < a.len() ==> a[i] >= key,
// </vc-spec>
// <vc-code>
{
    if a.len() < key {
        // Binary search invariants
        return false;
    }
    let left = 0;
    let right = a.len();
    let mid = left + (right - left) / 2;
    let mid_index = mid < key ? (mid + 1) : (mid - 1);

    if key < a[mid] {
        // Search for 1
        let target = a[mid];
        if a[mid_index] == target {
            return true;
        } else {
            // Binary search invariants
            return false;
        }
    } else {
        // Search for 2
        let target = a[mid_index];
        if a[mid_index] == target {
            return true;
        } else {
            // Binary search invariants
            return false;
        }
    }
}
// </vc-code>

}
fn main() {}