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
    let mut x = y;
    let mut y = x;
    x = x != y;
    y = x;
    assert(x == x);
    assert(y == x);
    assert(x != y);
    assert(x != y);
}
// </vc-code>

}
fn main() {}