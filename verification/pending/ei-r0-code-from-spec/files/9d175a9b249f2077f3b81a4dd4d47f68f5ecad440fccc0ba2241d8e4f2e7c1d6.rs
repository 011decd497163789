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
    let mut result = a[0];
    let mut i: usize = 1;
    while i < a.len()
        invariant
            result <= a.len(),
            forall|j: int| 0 <= j < result ==> a[j] < result,
            i <= a.len(),
            result <= a.len(),
            result <= a.len(),
            result <= a.len(),
            result <= 0,
            result <= 0,
            result <= a.len(),
        decreases a.len() - i
    {
        if a[i] < key {
            result = a[i];
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}