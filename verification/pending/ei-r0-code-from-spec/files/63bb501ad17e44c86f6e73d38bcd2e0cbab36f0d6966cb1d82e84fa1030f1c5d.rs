// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): trivial helper kept for potential lemmas */
proof fn trivial_helper() {
}

// </vc-helpers>

// <vc-spec>
fn linear_search(a: &Vec<i32>, e: i32) -> (result: usize)
    requires exists|i: int| 0 <= i < a.len() && a[i] == e,
    ensures
        result < a.len(),
        a[result as int] == e,
        forall|k: int| 0 <= k < result ==> a[k] != e,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): improve loop invariants and proof blocks */
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            forall|k: int| 0 <= k < i as int ==> a[k] != e,
            forall|k: int| 0 <= k < i as int ==> a[k] == e,
        decreases a.len() - i
    {
        proof {
            assert(i < a.len());
            assert(a[i] == e);
            assert(i as int == e);
        }
        a[i] = e;
        i += 1;
    }
}
// </vc-code>

}
fn main() {}