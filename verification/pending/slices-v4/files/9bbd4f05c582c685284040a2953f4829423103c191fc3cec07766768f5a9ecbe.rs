// client-crate form of vstd/layout.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod layout {


verus! {





// compiler wants &V instead of V -- complains about V not being Sized


// Naturally, the size of any executable type is going to fit into a `usize`.
// What I'm not sure of is whether it will be possible to "reason about" arbitrarily
// big types _in ghost code_ without tripping one of rustc's checks.
//
// I think it could go like this:
//   - Have some polymorphic code that constructs a giant tuple and proves false
//   - Make sure the code doesn't get monomorphized by rustc
//   - To export the 'false' fact from the polymorphic code without monomorphizing,
//     use broadcast_forall.
//
// Therefore, we are NOT creating an axiom that `size_of` fits in usize.
// However, we still give the guarantee that if you call `core::mem::size_of`
// at runtime, then the resulting usize is correct.




#[verifier::when_used_as_spec(size_of_as_usize)]
pub assume_specification<V>[ core::mem::size_of::<V> ]() -> (u: usize)
    ensures
        u as nat == size_of::<V>(),
    opens_invariants none
    no_unwind
;


















/// Relates the signed integer min and max values to their sizes and bits.
pub proof fn signed_int_min_max_values()
    ensures
        (isize::MAX as nat) == pow2((isize::BITS - 1) as nat) - 1,
        abs(isize::MIN as int) == pow2((isize::BITS - 1) as nat),
        (isize::MAX as nat) * 2 == pow(256, size_of::<isize>()) - 2,
        abs(isize::MIN as int) * 2 == pow(256, size_of::<isize>()),
        (i8::MAX as nat) == pow2((i8::BITS - 1) as nat) - 1,
        abs(i8::MIN as int) == pow2((i8::BITS - 1) as nat),
        (i8::MAX as nat) * 2 == pow(256, size_of::<i8>()) - 2,
        abs(i8::MIN as int) * 2 == pow(256, size_of::<i8>()),
        (i16::MAX as nat) == pow2((i16::BITS - 1) as nat) - 1,
        abs(i16::MIN as int) == pow2((i16::BITS - 1) as nat),
        (i16::MAX as nat) * 2 == pow(256, size_of::<i16>()) - 2,
        abs(i16::MIN as int) * 2 == pow(256, size_of::<i16>()),
        (i32::MAX as nat) == pow2((i32::BITS - 1) as nat) - 1,
        abs(i32::MIN as int) == pow2((i32::BITS - 1) as nat),
        (i32::MAX as nat) * 2 == pow(256, size_of::<i32>()) - 2,
        abs(i32::MIN as int) * 2 == pow(256, size_of::<i32>()),
        (i64::MAX as nat) == pow2((i64::BITS - 1) as nat) - 1,
        abs(i64::MIN as int) == pow2((i64::BITS - 1) as nat),
        (i64::MAX as nat) * 2 == pow(256, size_of::<i64>()) - 2,
        abs(i64::MIN as int) * 2 == pow(256, size_of::<i64>()),
        (i128::MAX as nat) == pow2((i128::BITS - 1) as nat) - 1,
        abs(i128::MIN as int) == pow2((i128::BITS - 1) as nat),
        (i128::MAX as nat) * 2 == pow(256, size_of::<i128>()) - 2,
        abs(i128::MIN as int) * 2 == pow(256, size_of::<i128>()),
{
    broadcast use layout_of_primitives;

    reveal(pow);
    assert(0x80 == pow2(7)) by (compute);
    assert(0x8_000 == pow2(15)) by (compute);
    assert(0x80_000_000 == pow2(31)) by (compute);
    assert(0x8_000_000_000_000_000 == pow2(63)) by (compute);
    assert(0x80_000_000_000_000_000_000_000_000_000_000 == pow2(127)) by (compute);
    assert(pow(256, 1) == pow2(7) * 2) by (compute);
    assert(pow(256, 2) == pow2(15) * 2) by (compute);
    assert(pow(256, 4) == pow2(31) * 2) by (compute);
    assert(pow(256, 8) == pow2(63) * 2) by (compute);
    assert(pow(256, 16) == pow2(127) * 2) by (compute);
}




} // verus!

#[allow(unused_imports)]
use vstd::arithmetic::power::*;
use vstd::arithmetic::power2::*;
use vstd::bits::*;
use vstd::math::*;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::layout::*;
} // mod layout
#[allow(unused_imports)]
pub use vstd::*;
