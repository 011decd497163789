// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod spec_t {
pub mod hlspec {
// #![cfg_attr(verus_keep_ghost, verus::trusted)]
// trusted:
// this is the process-level specification of the kernel's behaviour
// TODO: because we have the invariant defined and proved here as well we manually apply the
// trusted label to the relevant parts



verus! {


// $line_count$Trusted${$











///////////////////////////////////////////////////////////////////////////////////////////////
// Helper function to specify relation between 2 states
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Overlapping inflight memory helper functions
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// MMU atomic ReadWrite
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Map
///////////////////////////////////////////////////////////////////////////////////////////////


// TODO: think about whether or not map start is valid if it overlaps with existing vmem


///////////////////////////////////////////////////////////////////////////////////////////////
// Unmap
///////////////////////////////////////////////////////////////////////////////////////////////


// TODO:
// shouldnt need to check for overlapping pmem because:
// - if currently being mapped it will cause Err anyways
// - if currently being unmapped then vmem is the way to go (?)



//if s1.sound then match else !s2.sound


// $line_count$}$
// everything below here is invariant definition and/or proof, not trusted










} // verus!
}
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod defs {

// trusted: these are used in trusted definitions
//
// `overlap_sanity_check` hardens a spec, so we don't count it as trusted

use vstd::prelude::*;


verus! {







// The maximum physical address width is between 32 and 52 bits.


// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.
















// TODO: maybe we can deduplicate these two definitions somehow












pub struct MemRegion {
    pub base: nat,
    pub size: nat,
}



// hardens spec for overlap




















} // verus!
}

use vstd::prelude::*;

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



#[cfg(feature="hlspec_user")]
pub mod hlspec_user {
use vstd::pervasive::arbitrary;
use vstd::prelude::*;

use crate::spec_t::mmu::defs::{
    MemRegion};
use crate::spec_t::hlspec::*;

verus! {





proof fn get_frame(n: nat, size: nat) -> (m: MemRegion)
    requires size < 106_496,
    ensures m == (MemRegion { base: 106_496 * n, size })
{
    MemRegion { base: 106_496 * n, size }
}




} // verus!
}
//pub mod os_trace;


/// Entry point from the linux kernel to map a region of memory
// #[cfg(feature="linuxmodule")]
// #[used(linker)]



// #[cfg(feature="linuxmodule")]
// #[used(linker)]


// $line_count$}$


} // verus!
