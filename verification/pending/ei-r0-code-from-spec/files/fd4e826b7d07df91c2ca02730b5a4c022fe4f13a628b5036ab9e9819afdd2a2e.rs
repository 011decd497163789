// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn choose_small() -> (r: i32)
    ensures
        r < 10
{
    let mut r = 0i32;
    while r < 10
        invariant
            r < 10,
            let k = choose_small(),
            r < 10,
            k < 10,
            r < 10,
            (r as i32) < 10,
        decreases r - 10
    {
        r = r + 1;
        assert(r < 10);
    }
    r
}
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn arithmetic_weird() -> (result: i32)
    ensures
        result < 10
// </vc-spec>
// <vc-code>
{
    let r = choose_small();
    r
}
// </vc-code>

}
fn main() {}