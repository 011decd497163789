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
    let r1: i32 = y;
    let r2: i32 = x;
    r1 = r1 + r2;
    r2 = r2 - r1;
}
// </vc-code>

fn main() {
}

} // verus!