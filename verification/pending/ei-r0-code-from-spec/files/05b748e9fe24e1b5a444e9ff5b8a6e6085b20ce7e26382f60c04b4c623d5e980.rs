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
    /* code modified by LLM (iteration 4): Change function behavior to find sorted vector */
    let mut v = a;
    let mut i: usize = 0;
    while i < a.len()
        invariant
            v.len() <= i,
            i <= a.len(),
            forall|j: int| 0 <= j < v.len() ==> a[j] < v[i],
            forall|j: int| v.len() < j < i ==> a[j] >= v[i]
        decreases a.len() - i - 1
    {
        v.push(a[i]);
        i = i + 1;
    }
    v
}
// </vc-code>

}
fn main() {}