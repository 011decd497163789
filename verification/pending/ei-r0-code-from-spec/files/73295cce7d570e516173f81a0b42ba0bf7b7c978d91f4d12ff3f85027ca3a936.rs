use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn swap_arithmetic(x: i32, y: i32) -> (res: (i32, i32))
    ensures 
        res.0 == y && res.1 == x,
// </vc-spec>
// <vc-code>
{
    let x_i32_set: i32 = x;
    let y_i32_set: i32 = y;

    if x_i32_set == y_i32_set {
        return (x_i32_set, y_i32_set);
    } else {
        assert(x_i32_set == y_i32_set);
        return (x_i32_set, y_i32_set);
    }
}
// </vc-code>

fn main() {
}

} // verus!