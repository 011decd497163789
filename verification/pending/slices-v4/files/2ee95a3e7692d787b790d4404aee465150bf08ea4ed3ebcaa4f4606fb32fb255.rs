#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {


// ANCHOR: immut
fn immutable_references_example() {
    let x: u32 = 0;
    let y: u32 = 0;

    let immut_ref_x = &x;
    let immut_ref_y = &y;

    assert(x == 0);
    assert(*immut_ref_x == 0);

    // These point to different stack variables, but they compare equal.
    assert(immut_ref_x == immut_ref_y);
}
// ANCHOR_END: immut

// ANCHOR: mut

// ANCHOR_END: mut

// ANCHOR: requires

// ANCHOR_END: requires

// ANCHOR: asserts

// ANCHOR_END: asserts

// ANCHOR: complex

// ANCHOR_END: complex



} // verus!
