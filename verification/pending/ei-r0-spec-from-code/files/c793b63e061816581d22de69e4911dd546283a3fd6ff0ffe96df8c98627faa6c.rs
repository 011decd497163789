// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn fixed_one_over_pi() -> (result: i32)
    ensures
        result > 0,
        result < 1000000000,
{
    318309886
}
// </vc-helpers>

// <vc-spec>
fn npy_1_pi() -> (result: i32)
    ensures
        result > 0,
// </vc-spec>
// <vc-code>
{
    let r = fixed_one_over_pi();
    r
}
// </vc-code>


}
fn main() {}