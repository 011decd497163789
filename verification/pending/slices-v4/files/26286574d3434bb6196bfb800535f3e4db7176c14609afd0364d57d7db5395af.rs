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

















/// Relates the unsigned integer max values to their sizes and bits.
pub proof fn unsigned_int_max_values()
    ensures
        (usize::MAX as nat) == pow2(usize::BITS as nat) - 1,
        (usize::MAX as nat) == pow(256, size_of::<usize>()) - 1,
        (u8::MAX as nat) == pow2(u8::BITS as nat) - 1,
        (u8::MAX as nat) == pow(256, size_of::<u8>()) - 1,
        (u16::MAX as nat) == pow2(u16::BITS as nat) - 1,
        (u16::MAX as nat) == pow(256, size_of::<u16>()) - 1,
        (u32::MAX as nat) == pow2(u32::BITS as nat) - 1,
        (u32::MAX as nat) == pow(256, size_of::<u32>()) - 1,
        (u64::MAX as nat) == pow2(u64::BITS as nat) - 1,
        (u64::MAX as nat) == pow(256, size_of::<u64>()) - 1,
        (u128::MAX as nat) == pow2(u128::BITS as nat) - 1,
        (u128::MAX as nat) == pow(256, size_of::<u128>()) - 1,
{
    broadcast use layout_of_primitives;

    reveal(pow);
    assert(0x100 == pow2(8)) by (compute);
    assert(0x1_0000 == pow2(16)) by (compute);
    assert(0x1_0000_0000 == pow2(32)) by (compute);
    assert(0x1_0000_0000_0000_0000 == pow2(64)) by (compute);
    assert(0x1_0000_0000_0000_0000_0000_0000_0000_0000 == pow2(128)) by (compute);
    assert(pow(256, 1) == pow2(8)) by (compute);
    assert(pow(256, 2) == pow2(16)) by (compute);
    assert(pow(256, 4) == pow2(32)) by (compute);
    assert(pow(256, 8) == pow2(64)) by (compute);
    assert(pow(256, 16) == pow2(128)) by (compute);
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
