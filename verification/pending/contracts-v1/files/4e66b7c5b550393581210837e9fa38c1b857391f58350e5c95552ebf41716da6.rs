// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod spec_t {
pub mod hlspec {
// #![cfg_attr(verus_keep_ghost, verus::trusted)]
// trusted:
// this is the process-level specification of the kernel's behaviour
// TODO: because we have the invariant defined and proved here as well we manually apply the
// trusted label to the relevant parts

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{
    MemRegion, PTE,
};
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    between, candidate_mapping_overlaps_existing_pmem,
    overlap};


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


pub open spec fn pmem_no_overlap(mappings: Map<nat, PTE>) -> bool {
    forall|bs1: nat, bs2: nat|
        mappings.contains_key(bs1) && mappings.contains_key(bs2)
        && overlap(mappings.index(bs1).frame, mappings.index(bs2).frame)
        ==> bs1 == bs2
}








} // verus!
}
pub mod hlproof {
use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    candidate_mapping_overlaps_existing_pmem, overlap, PTE
};
use crate::spec_t::hlspec::*;

verus! {

//ensures that if a new mapping is added the old ones are still in there and no new other mappings appear
//pub proof fn lemma_mem_domain_from_mappings(
//    phys_mem_size: nat,
//    mappings: Map<nat, PTE>,
//    base: nat,
//    pte: PTE,
//)
//    requires
//        !mappings.dom().contains(base),
//    ensures
//        (forall|word_idx: nat|
//            mem_domain_from_mappings_contains(phys_mem_size, word_idx, mappings)
//                ==> #[trigger] mem_domain_from_mappings_contains(
//                phys_mem_size,
//                word_idx,
//                mappings.insert(base, pte),
//            )),
//        (forall|word_idx: nat|
//            !mem_domain_from_mappings_contains(phys_mem_size, word_idx, mappings)
//                && #[trigger] mem_domain_from_mappings_contains(
//                phys_mem_size,
//                word_idx,
//                mappings.insert(base, pte),
//            ) ==> between(word_idx * WORD_SIZE as nat, base, base + pte.frame.size)),
//{
//    assert forall|word_idx: nat|
//        mem_domain_from_mappings_contains(
//            phys_mem_size,
//            word_idx,
//            mappings,
//        ) implies #[trigger] mem_domain_from_mappings_contains(
//        phys_mem_size,
//        word_idx,
//        mappings.insert(base, pte),
//    ) by {
//        let vaddr = word_idx * WORD_SIZE as nat;
//        let (base2, pte2) = choose|base: nat, pte: PTE|
//            {
//                let paddr = (pte.frame.base + (vaddr - base)) as nat;
//                let pmem_idx = word_index_spec(paddr);
//                &&& #[trigger] mappings.contains_pair(base, pte)
//                &&& between(vaddr, base, base + pte.frame.size)
//                &&& pmem_idx < phys_mem_size
//            };
//        assert(mappings.insert(base, pte).contains_pair(base2, pte2));
//    };
//    assert forall|word_idx: nat|
//        !mem_domain_from_mappings_contains(phys_mem_size, word_idx, mappings)
//            && #[trigger] mem_domain_from_mappings_contains(
//            phys_mem_size,
//            word_idx,
//            mappings.insert(base, pte),
//        ) implies between(word_idx * WORD_SIZE as nat, base, base + pte.frame.size) by {
//        let vaddr = word_idx * WORD_SIZE as nat;
//        let (base2, pte2) = choose|base2: nat, pte2: PTE|
//            {
//                let paddr = (pte2.frame.base + (vaddr - base2)) as nat;
//                let pmem_idx = word_index_spec(paddr);
//                &&& #[trigger] mappings.insert(base, pte).contains_pair(base2, pte2)
//                &&& between(vaddr, base2, base2 + pte2.frame.size)
//                &&& pmem_idx < phys_mem_size
//            };
//        assert(mappings.insert(base, pte).contains_pair(base2, pte2));
//        assert(between(vaddr, base2, base2 + pte2.frame.size));
//        if !between(vaddr, base, base + pte.frame.size) {
//            assert(base2 != base || pte2 !== pte);
//            if base2 != base {
//                assert(mappings.contains_pair(base2, pte2));
//                assert(mem_domain_from_mappings_contains(phys_mem_size, word_idx, mappings));
//            }
//            assert(false);
//        } else {
//        }
//    };
//}

///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
//                                                                                                               //
//                                        Step preserves inv lemmata                                             //
//                                                                                                               //
///////////////////////////////////////////////////////////////////////////////////////////////////////////////////

pub proof fn lemma_overlap(mappings: Map<nat, PTE>, base: nat, pte: PTE)
    requires
        pmem_no_overlap(mappings),
        !candidate_mapping_overlaps_existing_pmem(mappings, pte),
    ensures
        pmem_no_overlap(mappings.insert(base, pte)),
{
    assert(forall|bs1: nat|
        #![auto]
        mappings.dom().contains(bs1) ==> !overlap(pte.frame, mappings.index(bs1).frame));
    assert(pmem_no_overlap(mappings.insert(base, pte)));
}




///////////////////////////////////////////////////////////////////////////////////////////////////////////////////
//                                                                                                               //
//                                        Step preserves inv proofs                                              //
//                                                                                                               //
///////////////////////////////////////////////////////////////////////////////////////////////////////////////////


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


pub open spec fn candidate_mapping_overlaps_existing_pmem(mappings: Map<nat, PTE>, pte: PTE) -> bool {
    exists|b: nat| #![auto] {
            &&& mappings.dom().contains(b)
            &&& overlap(pte.frame, mappings.index(b).frame)
        }
}



pub open spec fn between(x: nat, a: nat, b: nat) -> bool {
    a <= x && x < b
}







pub struct MemRegion {
    pub base: nat,
    pub size: nat,
}

impl MemRegion {
    pub open spec fn contains(self, addr: nat) -> bool {
        between(addr, self.base, self.base + self.size)
    }
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
