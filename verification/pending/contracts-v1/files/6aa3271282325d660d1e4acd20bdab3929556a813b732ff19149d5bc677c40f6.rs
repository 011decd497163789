use vstd::calc_macro::*;
use vstd::prelude::*;

verus! {


proof fn calc_example_simple() {
    // ANCHOR: simple
    let a: int = 2;
    calc! {
        (<=)
        a; {}
        a + 3; {}
        5;
    }
    // ANCHOR_END: simple
}


} // verus!
