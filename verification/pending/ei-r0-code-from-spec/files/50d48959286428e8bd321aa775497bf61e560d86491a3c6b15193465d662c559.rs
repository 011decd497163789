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
    let mut result: (i32, i32);
    let mut i: usize = 0;
    while i < 3
        invariant
            result.0 == x,
            result.1 == y,
            i != x && i != y,
        decreases x - i
    {
        result.0 = x;
        result.1 = y;
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}