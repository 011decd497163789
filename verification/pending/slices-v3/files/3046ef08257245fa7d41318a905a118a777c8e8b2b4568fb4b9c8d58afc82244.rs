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
fn increment(a: &mut u32)
    requires *old(a) < u32::MAX,
    ensures *final(a) == *old(a) + 1,
{
    *a = *a + 1;
}

fn caller()
{
    let mut z: u32 = 0;
    increment(&mut z);
    assert(z == 1);
}
// ANCHOR_END: requires

// ANCHOR: asserts

// ANCHOR_END: asserts

// ANCHOR: complex

// ANCHOR_END: complex



} // verus!
