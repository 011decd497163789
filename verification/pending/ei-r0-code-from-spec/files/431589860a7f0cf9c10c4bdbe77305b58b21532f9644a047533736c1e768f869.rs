// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn choose_small() -> (r: i32)
    ensures
        r < 10
{
    // The following code is equivalent to the following if statement
    let mut i: usize = 0;
    while i < 10
        invariant
            i <= 10,
            i <= 10,
            i == 0,
            r < 10,
            assert(r < 10),
            assert(i == 0),
            r == choose_small(),
            assert(i == 0),
            i == 0,
            assert(i == 10),
            assert(i == 10)
        decreases i
    {
        assert(i < 10);
        assert(r < 10);
        assert(i == 0);
        assert(i == 10);
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