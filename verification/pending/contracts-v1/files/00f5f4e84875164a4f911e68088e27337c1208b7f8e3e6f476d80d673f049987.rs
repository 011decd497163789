// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod spec_t {
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod rl2 {
use vstd::prelude::*;
use vstd::assert_by_contradiction;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;

verus! {

// This file contains refinement layer 2 of the MMU. Compared to layer 3, it expresses translation
// caching and non-atomic walks as a single concept, and replaces the explicit havoc-ing of
// dirty/accessed bits with underspecified reads.








// State machine transitions





// ---- Non-atomic page table walks ----







// ---- TSO ----

















// Invariants for this state machine

















































// This thing has to be opaque because the iterated if makes Z3 explode, especially but not only
// with how we use this function in `iter_walk`.


// MB: Ideally this would be some one liner `walk.path.is_prefix_of(..)`. But that doesn't seem to work well.






// unstable


/// The indexing bits for page table walks up to length `len` match for both addresses. This is
/// opaque because I don't want Z3 to do case distinctions on `len` and explode. (We call this with
/// `len` being `some_walk.path.len()`.)
#[verifier(opaque)]
spec fn indexing_bits_match(va1: usize, va2: usize, len: nat) -> bool {
    &&& len > 0 ==> l0_bits!(va1) == l0_bits!(va2)
    &&& len > 1 ==> l1_bits!(va1) == l1_bits!(va2)
    &&& len > 2 ==> l2_bits!(va1) == l2_bits!(va2)
    &&& len > 3 ==> l3_bits!(va1) == l3_bits!(va2)
}


broadcast proof fn lemma_indexing_bits_match_len_decrease(va1: usize, va2: usize, len1: nat, len2: nat)
    requires
        #[trigger] indexing_bits_match(va1, va2, len1),
        len2 <= len1,
    ensures
        #[trigger] indexing_bits_match(va1, va2, len2),
{
    reveal(indexing_bits_match);
}






} // verus!
}
pub mod pt_mem {
// trusted: Definitions used in other trusted parts of the code



verus! {




} // verus!
}
pub mod translation {
// Trusted: This file defines the semantics of how page table entries are interpreted by the
// hardware. This is only the semantics of how we go from bits to an interpretation; The hardware
// model in rl3.rs models the non-atomic nature of page table walks + caching + ..

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{ bitmask_inc, };

verus!{


// layer:
// 0 -> PML4
// 1 -> PDPT, Page Directory Pointer Table
// 2 -> PD, Page Directory
// 3 -> PT, Page Table
// MASK_FLAG_* are flags valid for entries at all levels.





//pub const MASK_FLAG_A: usize = bit!(5usize);


// MASK_PG_FLAG_* are flags valid for all page mapping entries, unless a specialized version for that
// layer exists, e.g. for layer 3 MASK_L3_PG_FLAG_PAT is used rather than MASK_PG_FLAG_PAT.
//pub const MASK_PG_FLAG_D: usize = bit!(6usize);







// In the implementation we can always use the 12:52 mask as the invariant guarantees that in the
// other cases, the lower bits are already zero anyway.
// We cannot use dual exec/spec constants here because for those Verus currently doesn't support
// manually guiding the no-overflow proofs.











// This impl defines everything necessary for the page table walk semantics.
// PDE is reused in the implementation, which has an additional impl block for it in
// `impl_u::l2_impl`.



#[allow(unused_macros)]
macro_rules! l0_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(39usize,47usize)) >> 39usize }
}

pub(crate) use l0_bits;

#[allow(unused_macros)]
macro_rules! l1_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(30usize,38usize)) >> 30usize }
}

pub(crate) use l1_bits;

#[allow(unused_macros)]
macro_rules! l2_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(21usize,29usize)) >> 21usize }
}

pub(crate) use l2_bits;

#[allow(unused_macros)]
macro_rules! l3_bits {
    ($addr:expr) => { ($addr & bitmask_inc!(12usize,20usize)) >> 12usize }
}

pub(crate) use l3_bits;

// Don't broadcast this. It refuses to trigger for some reason.

} // verus!
}
pub mod defs {

// trusted: these are used in trusted definitions
//
// `overlap_sanity_check` hardens a spec, so we don't count it as trusted

use vstd::prelude::*;


verus! {

macro_rules! bitmask_inc {
    ($low:expr,$high:expr) => {
        (!(!0usize << (($high+1usize)-$low))) << $low
    }
}

pub(crate) use bitmask_inc;





// The maximum physical address width is between 32 and 52 bits.


// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.
















// TODO: maybe we can deduplicate these two definitions somehow















// hardens spec for overlap




















} // verus!
}

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    bitmask_inc,
};
use crate::spec_t::mmu::translation::{ l0_bits, l1_bits, l2_bits, l3_bits };

verus! {

// Only used in the simplified hardware models.
// $line_count$Trusted${$



// $line_count$}$








// Only used in the simplified hardware models.
// $line_count$Trusted${$



// $line_count$}$

} // verus!
}
}

use vstd::prelude::verus;
// #[cfg(feature="linuxmodule")]
use vstd::prelude::Tracked;
// #[cfg(feature="linuxmodule")]
// #[cfg(feature="linuxmodule")]
verus!{

global size_of usize == 8;

// Ignore in line count because this is only for the Linux integration.
// $line_count$${$

#[cfg(feature="linuxmodule")]
use core::panic::PanicInfo;



//pub mod os_trace;


/// Entry point from the linux kernel to map a region of memory
// #[cfg(feature="linuxmodule")]
// #[used(linker)]



// #[cfg(feature="linuxmodule")]
// #[used(linker)]


// $line_count$}$


} // verus!
