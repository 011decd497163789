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


verus! {


// $line_count$Trusted${$




#[allow(inconsistent_fields)]
pub enum ThreadState {
    Map { vaddr: nat, pte: PTE },
    Unmap { vaddr: nat, pte: Option<PTE> },
    Idle,
}







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





pub open spec fn if_map_then_unique(thread_state: Map<nat, ThreadState>, id: nat) -> bool
    recommends thread_state.contains_key(id),
{
    thread_state[id] matches ThreadState::Map { vaddr, pte }
        ==> !thread_state.remove(id).values().contains(thread_state[id])
}

pub open spec fn inflight_maps_unique(thread_state: Map<nat, ThreadState>) -> bool {
    forall|a: nat| #[trigger] thread_state.contains_key(a) ==> if_map_then_unique(thread_state, a)
}




} // verus!
}
pub mod hlproof {
use vstd::prelude::*;
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


pub proof fn insert_non_map_preserves_unique(
    thread_state: Map<nat, ThreadState>,
    base: nat,
    arg: ThreadState,
)
    requires
        inflight_maps_unique(thread_state),
        !(arg is Map),
    ensures
        inflight_maps_unique(thread_state.insert(base, arg)),
{
    let args = thread_state.insert(base, arg);
    assert forall|id: nat| #[trigger] args.dom().contains(id) implies if_map_then_unique(
        args,
        id,
    ) by {
        if id != base {
            if let ThreadState::Map { vaddr, pte } = thread_state.index(id) {
                assert(args.remove(id) == thread_state.remove(id).insert(base, arg));
            } 
        }
    }
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
