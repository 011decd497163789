// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
#[cfg(feature = "impl")]
pub mod l2_impl {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };


use crate::spec_t::mmu::defs::{ MemRegion, PTE, Flags,
PAGE_SIZE};
use crate::impl_u::wrapped_token::{ WrappedUnmapToken};


verus! {







// TODO: Convert to individual broadcast maybe




// PDE is defined in crate::spec_t::mmu::defs to define the page table walk
// semantics. Here we reuse it for the implementation and add exec functions to it.

/// PTDir is used in the `ghost_pt` field of the PageTable. It's used to keep track of the memory
/// regions in which the corresponding translation structures are stored.
#[verifier::ext_equal]
pub struct PTDir {
    /// Region of physical memory in which this PTDir is stored
    pub region: MemRegion,
    pub entries: Seq<Option<PTDir>>,
    /// reflexive-transitive closure of `region` over `entries`
    pub used_regions: Set<MemRegion>,
}

// Page table methods are in a separate module for namespacing, since we can't use a struct + impl
// (To use a struct we'd have to keep a &mut reference to the memory in the struct, which Verus
// doesn't support. Or we keep an owned copy but then can't have an external interface that mutably
// borrows a memory.)
pub mod PT {

use super::*;





// TODO: Ideally we'd deduplicate this somehow and have only one entry_at function for both map and
// unmap. It's not that problematic though, since both tokens have the same view and the two
// entry_at functions correspond to the same `entry_at_spec` on the view, so all lemmas are
// usable for map and unmap.











// TODO: should I move some of these ghost_pt things in a invariant defined on PTDir?

// TODO: this may be implied by the other ones
















//fn resolve_aux(mem: &mem::PageTableMemory, Ghost(pt): Ghost<PTDir>, layer: usize, ptr: usize, base: usize, vaddr: usize) -> (res: Result<(usize, PageTableEntryExec), ()>)
//    requires
//        inv_at(mem, pt, layer as nat, ptr),
//        interp_at(mem, pt, layer as nat, ptr, base as nat).inv(),
//        interp_at(mem, pt, layer as nat, ptr, base as nat).interp().accepted_resolve(vaddr as nat),
//        base <= vaddr < MAX_BASE,
//    ensures
//        // Refinement of l1
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp_at(mem, pt, layer as nat, ptr, base as nat).resolve(vaddr as nat),
//        // Refinement of l0
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp_at(mem, pt, layer as nat, ptr, base as nat).interp().resolve(vaddr as nat),
//    // decreases X86_NUM_LAYERS - layer
//{
//    proof { lemma_interp_at_facts(mem, pt, layer as nat, ptr, base as nat); }
//    let idx: usize = x86_arch_exec().index_for_vaddr(layer, base, vaddr);
//    proof { indexing::lemma_index_from_base_and_addr(base as nat, vaddr as nat, x86_arch_spec.entry_size(layer as nat), X86_NUM_ENTRIES as nat); }
//    let entry      = entry_at(mem, Ghost(pt), layer, ptr, idx);
//    let interp: Ghost<l1::Directory> = Ghost(interp_at(mem, pt, layer as nat, ptr, base as nat));
//    proof {
//        interp@.lemma_resolve_structure_assertions(vaddr as nat, idx as nat);
//        interp@.lemma_resolve_refines(vaddr as nat);
//    }
//    if entry.is_present() {
//        let entry_base: usize = x86_arch_exec().entry_base(layer, base, idx);
//        proof {
//            indexing::lemma_entry_base_from_index(base as nat, idx as nat, x86_arch_spec.entry_size(layer as nat));
//            assert(entry_base <= vaddr);
//        }
//        if entry.is_dir(layer) {
//            assert(entry@ is Directory);
//            let dir_addr = entry.address();
//            assert(pt.entries[idx as int].is_Some());
//            let dir_pt: Ghost<PTDir> = Ghost(pt.entries.index(idx as int).get_Some_0());
//            assert(directories_obey_invariant_at(mem, pt, layer as nat, ptr));
//            proof {
//                assert(interp@.inv());
//                assert(interp@.directories_obey_invariant());
//                assert(interp@.entries[idx as int] is Directory);
//                assert(interp@.entries[idx as int]->Directory_0.inv());
//                assert(l1::NodeEntry::Directory(interp_at(mem, dir_pt@, (layer + 1) as nat, dir_addr, entry_base as nat)) === interp@.entries[idx as int]);
//                assert(inv_at(mem, dir_pt@, (layer + 1) as nat, dir_addr));
//            }
//            let res = resolve_aux(mem, dir_pt, layer + 1, dir_addr, entry_base, vaddr);
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//            res
//        } else {
//            assert(entry@ is Page);
//            assert(interp@.entries[idx as int] is Page);
//            let pte = PageTableEntryExec {
//                frame: MemRegionExec { base: entry.address(), size: x86_arch_exec().entry_size(layer) },
//                flags: entry.flags()
//            };
//            let res = Ok((entry_base, pte));
//            proof {
//            if interp@.resolve(vaddr as nat).is_Ok() {
//                assert(interp@.entries[idx as int]->Page_0 === interp@.resolve(vaddr as nat).get_Ok_0().1);
//                assert(interp@.entries[idx as int] === interp_at_entry(mem, pt, layer as nat, ptr, base as nat, idx as nat));
//            }
//            }
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).0) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.0));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).1.frame) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.1.frame));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@).1.flags) === result_map_ok(interp@.resolve(vaddr as nat), |v: (nat, PTE)| v.1.flags));
//            assert(result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//            res
//        }
//    } else {
//        assert(entry@ is Invalid);
//        assert(interp@.entries[idx as int] is Invalid);
//        assert(result_map_ok(Err(()), |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp@.resolve(vaddr as nat));
//        Err(())
//    }
//}

//pub fn resolve(mem: &mem::PageTableMemory, Ghost(pt): Ghost<PTDir>, vaddr: usize) -> (res: Result<(usize, PageTableEntryExec),()>)
//    requires
//        inv(mem, pt),
//        interp(mem, pt).inv(),
//        interp(mem, pt).interp().accepted_resolve(vaddr as nat),
//        vaddr < MAX_BASE,
//    ensures
//        // Refinement of l1
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp(mem, pt).resolve(vaddr as nat),
//        // Refinement of l0
//        result_map_ok(res, |v: (usize, PageTableEntryExec)| (v.0 as nat, v.1@)) === interp(mem, pt).interp().resolve(vaddr as nat),
//{
//    let res = resolve_aux(mem, Ghost(pt), 0, mem.cr3().base, 0, vaddr);
//    res
//}












#[cfg(feature = "noreclaim")]
#[verus::line_count::ignore]
fn is_directory_empty(Tracked(tok): Tracked<&mut WrappedUnmapToken>, Ghost(pt): Ghost<PTDir>, layer: usize, ptr: usize) -> (res: bool)
    requires
        false // make sure we cannot verify with this feature flag!
{
    return false;
}









}

} // verus!
}
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
#[cfg(feature = "impl")]
pub mod wrapped_token {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };

use crate::spec_t::os;
use crate::spec_t::os_code_vc::Token;

verus! {









pub tracked struct WrappedUnmapToken {
    tracked tok: Token,
    ghost change_made: bool,
    ghost orig_st: os::State,
}




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

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{
    MemRegion, PTE,
};


verus! {


// $line_count$Trusted${$


pub struct State {
    /// Byte-indexed virtual memory
    pub mem: Seq<u8>,
    pub thread_state: Map<nat, ThreadState>,
    /// `mappings` constrains the domain of mem and tracks the flags. We could instead move the
    /// flags into `map` as well and write the specification exclusively in terms of `map` but that
    /// also makes some of the enabling conditions awkward, e.g. full mappings have the same flags, etc.
    pub mappings: Map<nat, PTE>,
    pub sound: bool,
}


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










} // verus!
}
pub mod os {
//#![cfg_attr(verus_keep_ghost, verus::trusted)]
// not trusted:
// describes how the whole system behaves

use vstd::prelude::*;

use crate::spec_t::mmu::{ rl3, rl1 };
use crate::spec_t::mmu::defs::{
    MemRegion, PTE, Core
};
use crate::spec_t::os_ext;

verus! {


pub struct State {
    pub mmu: rl3::State,
    pub os_ext: os_ext::State,
    pub core_states: Map<Core, CoreState>,
    /// `sound` is a history variable. It doesn't affect the behavior of the state machine but is
    /// used in the refinement.
    pub sound: bool,
}

#[allow(inconsistent_fields)]
pub enum CoreState {
    Idle,
    MapWaiting { ult_id: nat, vaddr: nat, pte: PTE },
    MapExecuting { ult_id: nat, vaddr: nat, pte: PTE },
    MapDone { ult_id: nat, vaddr: nat, pte: PTE, result: Result<(), ()> },
    UnmapWaiting { ult_id: nat, vaddr: nat },
    UnmapExecuting { ult_id: nat, vaddr: nat, result: Option<Result<PTE, ()>> },
    UnmapOpDone { ult_id: nat, vaddr: nat, result: Result<PTE, ()> },
    UnmapShootdownWaiting { ult_id: nat, vaddr: nat, result: Result<PTE, ()> },
}




///////////////////////////////////////////////////////////////////////////////////////////////
// Overlapping inflight memory helper functions for HL-soundness
///////////////////////////////////////////////////////////////////////////////////////////////








///////////////////////////////////////////////////////////////////////////////////////////////
// Map
///////////////////////////////////////////////////////////////////////////////////////////////









///////////////////////////////////////////////////////////////////////////////////////////////
// Unmap
///////////////////////////////////////////////////////////////////////////////////////////////









// Acknowledge TLB eviction to other core (in response to shootdown IPI)
// check if tlb shootdown/unmap has happend and send ACK






///////////////////////////////////////////////////////////////////////////////////////////////
// Definitions for refinement
///////////////////////////////////////////////////////////////////////////////////////////////




} // verus!
}
pub mod os_ext {
// trusted:
// describes how the rest of the OS behaves
// $line_count$Trusted${$

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{ Core, MemRegion };


verus! {

// This is the "rest of the OS". It specifies the kernel lock, (de-)allocation, and
// shootdown coordination


pub struct State {
    pub lock: Option<Core>,
    pub shootdown_vec: ShootdownVector,
    pub allocated: Set<MemRegion>,
}

pub struct ShootdownVector {
    pub vaddr: nat,
    pub open_requests: Set<Core>,
}

//pub struct Constants {
//    pub node_count: nat,
//    pub core_count: nat,
//}
//
//impl Constants {
//    // FIXME: This is duplicated in mmu constants. Can we somehow get rid of one of these?
//    #[verifier(opaque)]
//    pub open spec fn valid_core(self, core: Core) -> bool {
//        &&& core.node_id < self.node_count
//        &&& core.core_id < self.core_count
//    }
//}



// State machine transitions



// This initiates a shootdown for all other cores in the system, so we don't take the cores as an
// argument.













//// Invariants for this state machine
//
//impl State {
//    pub open spec fn wf(self, c: Constants) -> bool {
//        &&& forall|core| self.shootdown_vec.open_requests.contains(core) ==> #[trigger] c.valid_core(core)
//    }
//
//    pub open spec fn inv(self, c: Constants) -> bool {
//        &&& self.wf(c)
//    }
//} // impl State
//
//
//pub proof fn init_implies_inv(pre: State, c: Constants)
//    requires init(pre, c)
//    ensures pre.inv(c)
//{}
//
//pub proof fn next_preserves_inv(pre: State, post: State, c: Constants, lbl: Lbl)
//    requires
//        pre.inv(c),
//        next(pre, post, c, lbl),
//    ensures post.inv(c)
//{}



/// The axiomatized interface to execute the actions specified in this state machine.
pub mod code {
    use vstd::prelude::*;
        use crate::spec_t::mmu::defs::{ Core, PAGE_SIZE };
    
    #[verifier(external_body)]
    pub tracked struct Token {}

    
    // External interface to the  memory allocation of the linux module
    #[cfg(feature="linuxmodule")]
    extern "C" {
        fn mmap_pgtable_lock();
        fn mmap_mm_pgtable_lock(mm: u64);
        fn mmap_pgtable_unlock();
        fn mmap_mm_pgtable_unlock(mm: u64);
    }

    #[cfg(not(feature="linuxmodule"))]
    use std::sync::atomic::{AtomicBool, Ordering::{Acquire, Release, Relaxed}};

    #[cfg(feature="linuxmodule")]
    use core::sync::atomic::{AtomicUsize, Ordering};

    /// global variable representing the page table lock
    #[cfg(not(feature="linuxmodule"))]
    exec static PGTABLE_LOCK: AtomicBool = AtomicBool::new(false);

    
    /// acquires the page table spinlock
    #[cfg(not(feature="linuxmodule"))]
    #[verifier(external_body)]
    unsafe fn mmap_pgtable_lock() {
        while PGTABLE_LOCK.swap(true, Acquire) {
            std::hint::spin_loop();
        }
    }

    /// releases the page table spinlock
    #[cfg(not(feature="linuxmodule"))]
    #[verifier(external_body)]
    unsafe fn mmap_pgtable_unlock() {
        PGTABLE_LOCK.store(false, Release);
    }


    
    
    // External interface to the TLB maintenance operations of the current OS
    #[cfg(feature="linuxmodule")]
    extern "C" {
        /// invalidates a range of tlb pages for the current mm
        fn flush_tlb_mm_range(mm: u64, start: u64, end: u64, stride: u64, freed_tables: bool);

        /// invalidates a tlb page for the given start address and the current mm
        fn flush_tlb_page(start: u64, page_size: u64);
    }

    
    
    

    // External interface to the  memory allocation of the linux module
    #[cfg(feature="linuxmodule")]
    extern "C" {
        /// Allocates memory for a page table node when compiling for use in the Linux Kernel Module
        fn pt_memory_alloc(sz: usize, align: u64, level: u8) -> u64;
        /// Frees memory of a page table node when compiling for use in the Linux Kernel Module
        fn pt_memory_free(pa: u64, sz: usize, level: u8);
    }

    /// Allocates memory for a page table node in the standalone case
    #[cfg(not(feature="linuxmodule"))]
    #[verifier(external_body)]
    unsafe fn pt_memory_alloc(sz: usize, align: u64, level: u8) -> u64 {
        let layout = std::alloc::Layout::from_size_align_unchecked(sz, PAGE_SIZE);
        let ptr = std::alloc::alloc_zeroed(layout);
        if ptr.is_null() {
            panic!("Failed to allocate memory");
        }
        ptr as u64
    }

    /// Frees memory for a page table node in the standalone case
    #[cfg(not(feature="linuxmodule"))]
    #[verifier(external_body)]
    unsafe fn pt_memory_free(pa: u64, sz: usize, level: u8) {
        let layout = std::alloc::Layout::from_size_align_unchecked(sz, PAGE_SIZE);
        std::alloc::dealloc(std::mem::transmute(pa), layout);
    }

    
    }

// $line_count$}$

} // verus!
}
pub mod os_code_vc {
// trusted: VCs for implementation
use vstd::prelude::*;


verus! {


#[verifier(external_body)]
pub tracked struct Token {}




// We'll use `concurrent_trs` as an inductive-ish predicate, so let's prove the corresponding intro
// and induction rules:











// Not trusted. Part of lemma_concurrent_trs.
// $line_count$Spec${$
// $line_count$}$

} // verus!
}
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod rl1 {
use vstd::prelude::*;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
use crate::spec_t::mmu::defs::{ PTE, Core };
use crate::spec_t::mmu::rl3::{ Writes };

verus! {

// This file contains refinement layer 1 of the MMU. Compared to layer 2, it removes store buffers
// and defines an atomic semantics to page table walks. This is the most abstract version of the
// MMU model.

pub struct State {
    pub happy: bool,
    /// Byte-indexed physical (non-page-table) memory
    pub phys_mem: Seq<u8>,
    /// Page table memory
    pub pt_mem: PTMem,
    /// Per-node state (TLBs)
    pub tlbs: Map<Core, Map<usize, PTE>>,
    pub writes: Writes,
    /// Tracks the virtual addresses and entries for which we may see non-atomic results.
    /// If polarity is positive, translations may non-atomically fail.
    /// If polarity is negative, translations may non-atomically succeed.
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
    pub polarity: Polarity,
}




// ---- Mixed (relevant to multiple of TSO/Cache/Non-Atomic) ----





// ---- Non-atomic page table walks ----






// ---- TSO ----











//proof fn init_implies_inv(pre: State, c: Constants)
//    requires init(pre, c)
//    ensures pre.inv(c)
//{}
//
//proof fn next_step_preserves_inv(pre: State, post: State, c: Constants, step: Step, lbl: Lbl)
//    requires
//        pre.inv(c),
//        next_step(pre, post, c, step, lbl),
//    ensures post.inv(c)
//{}


} // verus!
}
pub mod rl2 {
use vstd::prelude::*;
use vstd::assert_by_contradiction;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
use crate::spec_t::mmu::defs::{ Core, PTE };
use crate::spec_t::mmu::rl3::{ Writes };

verus! {

// This file contains refinement layer 2 of the MMU. Compared to layer 3, it expresses translation
// caching and non-atomic walks as a single concept, and replaces the explicit havoc-ing of
// dirty/accessed bits with underspecified reads.

pub struct State {
    pub happy: bool,
    /// Byte-indexed physical (non-page-table) memory
    pub phys_mem: Seq<u8>,
    /// Page table memory
    pub pt_mem: PTMem,
    /// Per-node state (TLBs)
    pub tlbs: Map<Core, Map<usize, PTE>>,
    /// In-progress page table walks
    pub walks: Map<Core, Set<Walk>>,
    /// Store buffers
    pub sbuf: Map<Core, Seq<(usize, usize)>>,
    pub writes: Writes,
    pub polarity: Polarity,
    pub hist: History,
}

pub struct History {
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
}






// State machine transitions





// ---- Non-atomic page table walks ----







// ---- TSO ----

















// Invariants for this state machine

















































// This thing has to be opaque because the iterated if makes Z3 explode, especially but not only
// with how we use this function in `iter_walk`.


// MB: Ideally this would be some one liner `walk.path.is_prefix_of(..)`. But that doesn't seem to work well.






// unstable










} // verus!
}
pub mod rl3 {
// #![cfg_attr(verus_keep_ghost, verus::trusted)]
// Trusted: This file defines the assumed semantics of the memory translation hardware as a state
// machine.
// TODO: manually applying ranges here because the refinement proofs should be counted normally as
// spec and proof, not trusted

// $line_count$Trusted${$

use vstd::prelude::*;
use crate::spec_t::mmu::*;
use crate::spec_t::mmu::pt_mem::*;
use crate::spec_t::mmu::defs::{ Core, PTE };

verus! {

// This file contains refinement layer 3 of the MMU. This is the most concrete MMU model, i.e. the
// behavior we assume of the hardware.
//
// Most of the definitions in this file are `closed`. We reason about the behavior of this state
// machine exclusively in terms of the more abstract MMU models it refines.

pub struct State {
    /// Byte-indexed physical (non-page-table) memory
    phys_mem: Seq<u8>,
    /// Page table memory
    pt_mem: PTMem,
    /// Per-node state (TLBs)
    tlbs: Map<Core, Map<usize, PTE>>,
    /// In-progress page table walks
    walks: Map<Core, Set<Walk>>,
    /// Translation caches
    cache: Map<Core, Set<Walk>>,
    /// Store buffers
    sbuf: Map<Core, Seq<(usize, usize)>>,
    /// History variables. These do not influence the transitions in any way. Neither in enabling
    /// conditions nor in state updates. We only use these during the refinement.
    hist: History,
}

pub struct History {
    pub happy: bool,
    /// All partial walks since the last invlpg
    pub walks: Map<Core, Set<Walk>>,
    pub writes: Writes,
    pub pending_maps: Map<usize, PTE>,
    pub pending_unmaps: Map<usize, PTE>,
    pub polarity: Polarity,
}

pub struct Writes {
    /// Current writer core. If `all` is non-empty, all those writes were done by this core.
    pub core: Core,
    /// Tracks all writes that may cause stale reads due to TSO. Set of addresses. Gets cleared
    /// when the corresponding core drains its store buffer.
    pub tso: Set<usize>,
    /// Tracks staleness resulting from non-atomicity and translation caching. Cleared by invlpg if
    /// store buffers are empty.
    pub nonpos: Set<Core>,
}






// State machine transitions






// ---- Translation caching ----





// ---- Non-atomic page table walks ----







// ---- TSO ----
// Our modeling of TSO with store buffers is adapted from the one in the paper "A Better x86 Memory
// Model: x86-TSO".
// TODO: max physical size?












// Invariants for this state machine

 // impl State




// $line_count$}$






/// The axiomatized interface to execute the actions specified in this state machine.
pub mod code {
    // This interface is trusted.
    // $line_count$Trusted${$
    use vstd::prelude::*;
                    

    // Note:
    // We should look into consolidating all the prophesy_* functions into a single prophesy
    // function that takes a label as an argument and then have a specific precond function that
    // just maps each label to the necessary preconditions for that op.
    // Or would that be more annoying to work with?

    #[verifier(external_body)]
    pub tracked struct Token {}

    
    // External interface to the  memory allocation of the linux module
    #[cfg(feature="linuxmodule")]
    extern "C" {
        fn mem_to_local_phys(va: usize) -> usize;
        fn local_phys_to_mem(pa: usize) -> usize;
    }

    /// standalone virtual -> physical address translation
    /// note we do label it as unsafe as the C version is unsafe
    #[cfg(not(feature="linuxmodule"))]
    unsafe fn mem_to_local_phys(va: usize) -> usize {
        va
    }

    /// standaline physical -> virtual address translation
    /// note we do label it as unsafe as the C version is unsafe
    #[cfg(not(feature="linuxmodule"))]
    unsafe fn local_phys_to_mem(pa: usize) -> usize {
        pa
    }

    
    
    
    
    // TODO: need transitions to allocate/deallocate pages i guess
    // TODO: add a transition to read pml4?
    //#[verifier(external_body)]
    //pub exec fn get_pml4(Tracked(tok): Tracked<Token>, vaddr: usize) -> (stub: Tracked<Stub>)
    //    ensures ..
    //{
    //    unimplemented!()
    //}

    // $line_count$}$
}



} // verus!
}
pub mod pt_mem {
// trusted: Definitions used in other trusted parts of the code

use vstd::prelude::*;


verus! {

pub struct PTMem {
    pub mem: Map<usize, usize>,
    pub pml4: usize,
}



} // verus!
}
pub mod translation {
// Trusted: This file defines the semantics of how page table entries are interpreted by the
// hardware. This is only the semantics of how we go from bits to an interpretation; The hardware
// model in rl3.rs models the non-atomic nature of page table walks + caching + ..

use vstd::prelude::*;

verus!{

pub ghost enum GPDE {
    Directory {
        addr: usize,
        /// Present; must be 1 to map a page or reference a directory
        P: bool,
        /// Read/write; if 0, writes may not be allowed to the page controlled by this entry
        RW: bool,
        /// User/supervisor; user-mode accesses are not allowed to the page controlled by this entry
        US: bool,
        /// Page-level write-through
        PWT: bool,
        /// Page-level cache disable
        PCD: bool,
        ///// Accessed; indicates whether software has accessed the page referenced by this entry
        //A: bool,
        /// If IA32_EFER.NXE = 1, execute-disable (if 1, instruction fetches are not allowed from
        /// the page controlled by this entry); otherwise, reserved (must be 0)
        XD: bool,
    },
    Page {
        addr: usize,
        /// Present; must be 1 to map a page or reference a directory
        P: bool,
        /// Read/write; if 0, writes may not be allowed to the page controlled by this entry
        RW: bool,
        /// User/supervisor; if 0, user-mode accesses are not allowed to the page controlled by this entry
        US: bool,
        /// Page-level write-through
        PWT: bool,
        /// Page-level cache disable
        PCD: bool,
        ///// Accessed; indicates whether software has accessed the page referenced by this entry
        //A: bool,
        ///// Dirty; indicates whether software has written to the page referenced by this entry
        //D: bool,
        // /// Page size; must be 1 (otherwise, this entry references a directory)
        // PS: Option<bool>,
        // PS is entirely determined by the Page variant and the layer
        /// Global; if CR4.PGE = 1, determines whether the translation is global; ignored otherwise
        G: bool,
        /// Indirectly determines the memory type used to access the page referenced by this entry
        PAT: bool,
        /// If IA32_EFER.NXE = 1, execute-disable (if 1, instruction fetches are not allowed from
        /// the page controlled by this entry); otherwise, reserved (must be 0)
        XD: bool,
    },
    /// An `Invalid` entry is an entry that does not contain a valid mapping. I.e. the entry is
    /// either empty or has a bit set that the intel manual designates as must-be-zero. Both empty
    /// and invalid entries cause a page fault if used during translation.
    Invalid,
}

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











// Don't broadcast this. It refuses to trigger for some reason.

} // verus!
}
pub mod defs {

// trusted: these are used in trusted definitions
//
// `overlap_sanity_check` hardens a spec, so we don't count it as trusted

use vstd::prelude::*;


verus! {







// The maximum physical address width is between 32 and 52 bits.


// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.



pub const PAGE_SIZE: usize = 4096;













// TODO: maybe we can deduplicate these two definitions somehow







#[derive(Copy, Clone)]
pub struct Core {
    pub node_id: nat,
    pub core_id: nat,
}





pub struct MemRegion {
    pub base: nat,
    pub size: nat,
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
    Flags, MemRegion, PAGE_SIZE,
};
use crate::spec_t::mmu::defs::{ Core, PTE};
use crate::spec_t::mmu::translation::{ GPDE};

verus! {

// Only used in the simplified hardware models.
// $line_count$Trusted${$

pub enum Polarity {
    Mapping,
    Unmapping
}


// $line_count$}$

pub struct Walk {
    pub vaddr: usize,
    pub path: Seq<(usize, GPDE)>,
    pub complete: bool,
}







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
use crate::spec_t::os_code_vc::{ Token};
verus!{

global size_of usize == 8;

// Ignore in line count because this is only for the Linux integration.
// $line_count$${$

#[cfg(feature="linuxmodule")]
use core::panic::PanicInfo;


/// This function is called on panic.
#[panic_handler]
#[cfg(feature="linuxmodule")]
fn panic(_info: &PanicInfo) -> ! {
    loop {}
}

//pub mod os_trace;


/// Entry point from the linux kernel to map a region of memory
// #[cfg(feature="linuxmodule")]
// #[used(linker)]



// #[cfg(feature="linuxmodule")]
// #[used(linker)]


// $line_count$}$


} // verus!
