#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: point
// ANCHOR_END: point

// ANCHOR: point-impl

// ANCHOR_END: point-impl

// ANCHOR: beverage
enum Beverage {
    Coffee { creamers: nat, sugar: bool },
    Soda { flavor: Syrup },
    Water { ice: bool },
}
// ANCHOR_END: beverage

// ANCHOR: syrup
enum Syrup {
    Cola,
    RootBeer,
    Orange,
    LemonLime,
}
// ANCHOR_END: syrup


// ANCHOR: make_float
// ANCHOR_END: make_float

// ANCHOR: count_creamers
proof fn sufficiently_creamy(bev: Beverage) -> bool
    requires bev is Coffee
{
   bev->creamers >= 2
}
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
