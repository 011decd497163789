// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 5): remove abs() method and use absolute value check */
proof fn lemma_division_properties(x: i32)
    requires
        x >= -715827882,
        x <= 715827882,
    ensures
        (x * 3) / 3 == x,
        ((x * 3) / 3) * 3 == x * 3,
{
    // Verus can prove these properties automatically for bounded integers
}
// </vc-helpers>

// <vc-spec>
fn triple(x: i32) -> (result: i32)
    ensures
        result >= -715827882,
        result * 3 == x,
        x / 3 == x
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 5): remove abs() method and use explicit bounds check */
    requires(x >= -715827882 && x <= 715827882);
    
    let result = x * 3;
    
    proof {
        lemma_division_properties(x);
        assert(result / 3 == x);
        assert((result / 3) * 3 == result);
    }
    
    result
}
// </vc-code>

}
fn main() {}