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





#[verifier::when_used_as_spec(align_of_as_usize)]
pub assume_specification<V>[ core::mem::align_of::<V> ]() -> (u: usize)
    ensures
        u as nat == align_of::<V>(),
    opens_invariants none
    no_unwind
;














/// The alignment of `u8` is 1, per [type layout rules](https://doc.rust-lang.org/reference/type-layout.html).
/// Note: This is not part of the alignment broadcast group due to proof time-out,
/// so it must be imported directly as needed.
pub broadcast proof fn align_of_u8()
    ensures
        #![trigger align_of::<u8>()]
        align_of::<u8>() == 1,
{
    broadcast use {
        layout_of_primitives,
        align_properties,
        align_nonzero,
        crate::vstd::arithmetic::div_mod::lemma_mod_is_zero,
    };

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
