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
    let mut x_ = x;
    let mut y_ = y;
    let mut z_ = y;
    let mut w_ = w;
    let mut b_ = w;

    proof {
        (x_ - x) == x_ - y_;
        (y_ - y) == x_ - y_;
        x_ != y_;
        y_ != x_;
        (x_ == y_ && y_ != x_)
    }

    x_
}
// </vc-code>

}
fn main() {}