#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {


// ANCHOR: immut
// ANCHOR_END: immut

// ANCHOR: mut
fn modify_y(a: &mut u32)
    ensures *final(a) == 2
{
    *a = 2;
}

// ANCHOR_END: mut

// ANCHOR: requires

// ANCHOR_END: requires

// ANCHOR: asserts

// ANCHOR_END: asserts

// ANCHOR: complex

// ANCHOR_END: complex



} // verus!
