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
















/// The size of a usize will always be a power of 2,
/// since Verus assumes 32 or 64-bit architecture.
pub proof fn usize_size_pow2()
    ensures
        is_pow2(size_of::<usize>() as int),
{
    broadcast use super::group_vstd_default;

    reveal(is_pow2);

    assert(is_pow2(4)) by (compute);
    assert(is_pow2(8)) by (compute);
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
