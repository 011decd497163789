#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: bound_checking
// ANCHOR_END: bound_checking

// ANCHOR: bound_checking_func
// ANCHOR_END: bound_checking_func

// ANCHOR: de_morgan
// ANCHOR_END: de_morgan

// ANCHOR: bitvector_easy
// ANCHOR_END: bitvector_easy

/*
// ANCHOR: bitvector_fail
fn test_fails(x: u32, y: u32)
  requires x == y
{
  assert(x & 3 == y & 3) by(bit_vector);  // Fails
}
// ANCHOR_END: bitvector_fail
*/

// ANCHOR: bitvector_success
// ANCHOR_END: bitvector_success


// ANCHOR: bitvector_spec_fn
spec fn get_bit(val: u32, index: u32) -> bool {
    0x1u32 & (val >> index) == 1
}

fn test_get_bit() {
    assert(get_bit(128u32, 7)) by (bit_vector);
}
// ANCHOR_END: bitvector_spec_fn


} // verus!
