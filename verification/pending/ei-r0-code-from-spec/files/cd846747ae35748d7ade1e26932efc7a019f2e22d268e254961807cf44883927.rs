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
    /* code modified by LLM (iteration 2): fixed typo in proof for "result.0 != x && result.1 != y" */
    let mut result: i32 = x;
    let mut i: usize = 1;
    let mut j: usize = 0;
    while i < y
        invariant
            result.0 == x,
            result.1 == y,
            j != i,
            result.0 != j,
            j != i,
            result.1 != j,
        decreases (i as int) - (j as int)
    {
        result = result.0 as i32;
        j = j + 1;
    }
    result
}
// </vc-code>

}
fn main() {}