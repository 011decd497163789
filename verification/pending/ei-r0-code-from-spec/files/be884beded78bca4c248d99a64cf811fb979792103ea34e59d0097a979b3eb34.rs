// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 5): trivial arithmetic proof */
proof fn trivial_proof() {
    assert(1 + 1 == 2);
}

// </vc-helpers>

// <vc-spec>
fn has_only_one_distinct_element(a: &Vec<i32>) -> (result: bool)
    requires a.len() > 0,
    ensures
        result ==> (forall|i: int, j: int| 0 <= i < a.len() && 0 <= j < a.len() ==> a[i] == a[j]),
        !result ==> (exists|i: int| 0 <= i < a.len() && #[trigger] a[i] != a[0]),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 5): implementation note deleted */
    let r = 0i32;
    proof {
        assert(1 + 1 == 2);
        let mut i = 1;
        while i < a.len()
            invariant
                i <= a.len(),
                r == a[i],
                r == 0i32,
                0 <= r < a.len(),
                !r ==> (exists|i: int| 0 <= i < a.len() && #[trigger] a[i] != a[0]),
            decreases a.len() - i,
        {
            r = r << 1i32;
        }
    }
    r
}

// </vc-code>

}
fn main() {}