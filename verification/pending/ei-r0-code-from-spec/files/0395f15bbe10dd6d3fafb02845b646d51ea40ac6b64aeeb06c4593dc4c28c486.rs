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
    let result = (n as int) * 11;
    if result <> true {
        // <--- exit code from is_divisible_by_11_helper_loop -->
        return false;
    }
    return true;
}
// </vc-code>

}
fn main() {}