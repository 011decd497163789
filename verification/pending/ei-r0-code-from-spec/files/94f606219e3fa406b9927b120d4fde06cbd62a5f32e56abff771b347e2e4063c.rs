// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): no-op helper for divisibility proofs */
proof fn div_by_11_helper() {
}

// </vc-helpers>

// <vc-spec>
fn is_divisible_by_11(n: i32) -> (result: bool)
    ensures
        result <==> (exists|k: int| #[trigger] (k * 11) == n),
// </vc-spec>
// <vc-code>
{
    proof {
        assert(i32 == i32);
        assert(n < 11);
        assert(exists|k: int| #[trigger] (k * 11) == n);
        assert(exists|k: int| #[trigger] (k * 11) == n);
        assert(exists|k: int| #[trigger] (k * 11) == n);
        assert(exists|k: int| #[trigger] (k * 11) == n);
    }
    n
}
// </vc-code>

}
fn main() {}