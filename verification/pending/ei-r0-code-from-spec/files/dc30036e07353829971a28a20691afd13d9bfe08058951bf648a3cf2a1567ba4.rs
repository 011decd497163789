// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): removed ensures on spec fn to satisfy Verus rule */
spec fn swap_pair(x: i32, y: i32) -> (i32, i32) {
    (y, x)
}
// </vc-helpers>

// <vc-spec>
fn swap_simultaneous(x: i32, y: i32) -> (result: (i32, i32))
    ensures
        result.0 == y,
        result.1 == x,
        x != y ==> result.0 != x && result.1 != y,
// </vc-spec>
// <vc-code>
{
    let mut k = x;
    let mut j = y;

    while j < k
        invariant
            k <= j,
            x <= j,
            y <= j,
            result.0 <= x && result.1 <= y,
            result.0 != result.1,
            k <= j,
            j < k,
            result.0 != result.1,
        decreases (k as int) - (j as int)
    {
        let x_copy = k - j;
        let y_copy = k - j;
        let x_copy_as_i32 = x_copy as i32;
        let y_copy_as_i32 = y_copy as i32;

        let mut r = k as i32;
        let mut s = j as i32;

        if k > j {
            r = x_copy_as_i32;
            s = x_copy_as_i32;
        }

        if x_copy_as_i32 == y_copy_as_i32 {
            if r != s {
                s = x_copy_as_i32;
                r = x_copy_as_i32;
            }
        }

        k = k - 1;
        j = j - 1;
    }

    x
}
// </vc-code>

}
fn main() {}