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

struct Dessert {}
impl Dessert {
    fn new() -> Dessert {
        Dessert {}
    }
}

// ANCHOR: make_float
fn make_float(bev: Beverage) -> Dessert
    requires bev is Soda
{
    assert(bev !is Coffee);
    Dessert::new(/*...*/)
}
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
