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
proof fn de_morgan_auto()
    by (bit_vector)
    ensures
        forall|a: u32, b: u32| #[trigger] (!(a & b)) == !a | !b,
        forall|a: u32, b: u32| #[trigger] (!(a | b)) == !a & !b,
{
}
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
