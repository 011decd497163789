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

// ANCHOR_END: mut

// ANCHOR: requires

// ANCHOR_END: requires

// ANCHOR: asserts
fn check_and_assert(a: &mut u32)
    requires *old(a) == 0
{
    assert(*old(a) == 0);
    *a = *a + 1;
    assert(*a == 1);
    *a = *a + 1;
    assert(*a == 2);
    assert(*old(a) == 0);
}

// ANCHOR_END: asserts

// ANCHOR: complex

// ANCHOR_END: complex



} // verus!
