// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn trivial() {
}

// </vc-helpers>

// <vc-spec>
fn swap(x: i32, y: i32) -> (result: (i32, i32))
    ensures
        result.0 == y,
        result.1 == x,
        x != y ==> result.0 != x && result.1 != y,
// </vc-spec>
// <vc-code>
{
    let mut r: i32 = 0;
    let mut r_set: i32 = 0;
    let mut i: usize = 1;
    while i < r
        invariant
            r ==> r_set ==> r_set != r,
            r_set ==> r_set != r,
            r_set ==> r ==> r_set != r,
            r_set ==> r_set != r_set,
        decreases r - 1
    {
        r = r - 1;
        r_set = r;
        i = i + 1;
    }
    r_set
}
// </vc-code>

}
fn main() {}