#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: bound_checking
proof fn bound_check(x: u32, y: u32, z: u32)
    requires
        x <= 8,
        y <= 8,
{
    assert(x * y <= 100) by (nonlinear_arith)
        requires
            x <= 10,
            y <= 10;

    assert(x * y <= 1000);
}
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

// ANCHOR_END: bitvector_spec_fn


} // verus!
