// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_ln10_bounds()
    ensures
        0 <= 2,
        1 <= 2,
        2 <= 2,
        2 <= 3,
{
}

// </vc-helpers>

// <vc-spec>
fn npy_loge10() -> (result: i8)
    ensures
        result >= 0,
// </vc-spec>
// <vc-code>
{
    2i8
}
// </vc-code>


}
fn main() {}