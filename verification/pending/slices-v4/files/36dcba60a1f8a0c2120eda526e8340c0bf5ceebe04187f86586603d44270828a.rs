#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: point
struct Point {
    x: int,
    y: int,
}
// ANCHOR_END: point

// ANCHOR: point-impl
impl Point {
    spec fn len2(&self) -> int {
        self.x * self.x + self.y * self.y
    }
}

fn rotate_90(p: Point) -> (o: Point)
    ensures o.len2() == p.len2()
{
    let o = Point { x: -p.y, y: p.x };
    assert((-p.y) * (-p.y) == p.y * p.y) by(nonlinear_arith);
    o
}
// ANCHOR_END: point-impl

// ANCHOR: beverage
// ANCHOR_END: beverage

// ANCHOR: syrup
// ANCHOR_END: syrup


// ANCHOR: make_float
// ANCHOR_END: make_float

// ANCHOR: count_creamers
// ANCHOR_END: count_creamers

// ANCHOR: life

// ANCHOR_END: life

// ANCHOR: shape

// ANCHOR_END: shape

// ANCHOR: rect_height
// ANCHOR_END: rect_height

// ANCHOR: cuddly
// ANCHOR_END: cuddly

// ANCHOR: kangaroo

// ANCHOR_END: kangaroo


} // verus!
