// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn choose_small() -> (r: i32)
    ensures
        r < 10
{
    let mut result = r;
    let mut i: usize = 0;
    while i < 10
        invariant
            result < 10,
            result < 10,
            i < 10,
            result == 0xfffffffffffful_ll,
            i <= 10,
            result < 10,
            result < 10,
            result <= 10u
    {
        let r = choose_small();
        result = r;
        i = i + 1;
    }
    result
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