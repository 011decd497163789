// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
pub mod os_refinement {

use vstd::prelude::*;
use vstd::map::*;

#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    candidate_mapping_overlaps_existing_vmem, overlap,
    MemRegion, PTE,
};
use crate::spec_t::{hlspec};

verus! {


///////////////////////////////////////////////////////////////////////////////////////////////
// Lemmata
///////////////////////////////////////////////////////////////////////////////////////////////





///////////////////////////////////////////////////////////////////////////////////////////////
// soundness lemmata
///////////////////////////////////////////////////////////////////////////////////////////////


///////////////////////////////////////////////////////////////////////////////////////////////
// Refinement proof
///////////////////////////////////////////////////////////////////////////////////////////////



use crate::spec_t::hlspec::*;






proof fn monotonic_candidate_mapping_overlaps_existing_vmem(
    mappings1: Map<nat, PTE>,
    mappings2: Map<nat, PTE>,
    base: nat,
    pte: PTE,
)
    requires mappings1.submap_of(mappings2)
    ensures
        candidate_mapping_overlaps_existing_vmem(mappings1, base, pte)
        ==> candidate_mapping_overlaps_existing_vmem(mappings2, base, pte)
{
    assert(forall |b| #[trigger] mappings1.contains_key(b) ==> mappings2.contains_key(b));
}


// can go either direction:
// either starting a Map operation that is destined to fail because of overlap
// (thus moving Idle -> MapWaiting) or ending such an operation (MapExecution -> MapDone Err case)
















//disclaimer this probably dosnt have to be so long.



} // verus!
}
}
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

pub open spec fn candidate_mapping_overlaps_existing_vmem(
    mappings: Map<nat, PTE>,
    base: nat,
    pte: PTE,
) -> bool {
    exists|b: nat| {
        &&& #[trigger] mappings.contains_key(b)
        &&& overlap(
            MemRegion { base: base, size: pte.frame.size },
            MemRegion { base: b, size: mappings[b].frame.size },
        )
    }
}











pub struct MemRegion {
    pub base: nat,
    pub size: nat,
}


pub open spec fn overlap(region1: MemRegion, region2: MemRegion) -> bool {
    if region1.base <= region2.base {
        region1.base == region2.base || region2.base < region1.base + region1.size
    } else {
        region1.base < region2.base + region2.size
    }
}

// hardens spec for overlap



#[derive(Copy, Clone)]
pub struct Flags {
    pub is_writable: bool,
    pub is_supervisor: bool,
    pub disable_execute: bool,
}

pub struct PTE {
    pub frame: MemRegion,
    /// The `flags` field on a `PTE` denotes the combined flags of the entire
    /// translation path to the entry. (See page table walk definition in hardware model,
    /// `spec_t::hardware`.) However, because we always set the flags on directories to be
    /// permissive these flags also correspond to the flags that we set for the frame mapping
    /// corresponding to this `PTE`.
    pub flags: Flags,
}
















} // verus!
}

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    Flags, MemRegion,
};
use crate::spec_t::mmu::defs::{ PTE};

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
