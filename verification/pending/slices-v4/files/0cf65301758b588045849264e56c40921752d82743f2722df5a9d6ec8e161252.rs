
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{modes::*, prelude::*, seq::*, *};


const EXTERNAL_C: u8 = 7;

fn external_f(u: u8) -> u8 {
    u / 2
}

verus! {






/* TODO
pub open(crate) spec fn my_pub_spec_fun2(x: u32, y: u32) -> u32 {
    // function visible to all, body visible to crate
    x / 2 + y / 2
}
*/

// TODO(main_new) pub(crate) is not being handled correctly
// pub(crate) open spec fn my_pub_spec_fun3(x: int, y: int) -> int {
//     // function and body visible to crate
//     x / 2 + y / 2
// }




















































/// Specifications can be assumed for functions and constants from outside Verus.
/// Warning: such specifications are trusted to be correct, so they must be chosen carefully.
assume_specification[EXTERNAL_C] -> u8
    returns
        7u8,
;

assume_specification[external_f](u: u8) -> (r: u8)
    ensures
        r <= u,
;

fn test_external() {
    assert(EXTERNAL_C == 7);
    let x = external_f(10);
    assert(x <= 10);
}

} // verus!
