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
    /* code modified by LLM (iteration 2): fixed length for 'x' and 'y' to make invariants more precise */
    let x1 = x;
    let x2 = x;
    let y1 = y;
    let y2 = y;
    let result = (x1, y1) as i32;
    if y1 < y2 {
        result.0 = y2;
        result.1 = x2;
    } else {
        result.0 = y;
        result.1 = x1;
    }
}
// </vc-code>

}
fn main() {}