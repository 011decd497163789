// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
#[cfg(feature = "impl")]
pub mod l2_impl {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };


use crate::spec_t::mmu::defs::{ MAX_PHYADDR_WIDTH, bit, bitmask_inc };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ axiom_max_phyaddr_width_facts};
use crate::spec_t::mmu::translation::{ PDE,MASK_FLAG_P, MASK_FLAG_RW, MASK_FLAG_US,
MASK_FLAG_PWT, MASK_FLAG_PCD, MASK_FLAG_XD, MASK_ADDR, MASK_PG_FLAG_PAT, MASK_L1_PG_FLAG_PS,
MASK_L1_PG_ADDR, MASK_L2_PG_ADDR, MASK_L3_PG_ADDR};


verus! {







// TODO: Convert to individual broadcast maybe



pub open spec fn addr_is_zero_padded(layer: nat, addr: usize, is_page: bool) -> bool {
    is_page ==> {
        if layer == 1 {
            addr & MASK_L1_PG_ADDR == addr
        } else if layer == 2 {
            addr & MASK_L2_PG_ADDR == addr
        } else if layer == 3 {
            addr & MASK_L3_PG_ADDR == addr
        } else {
            arbitrary()
        }
    }
}

// PDE is defined in crate::spec_t::mmu::defs to define the page table walk
// semantics. Here we reuse it for the implementation and add exec functions to it.
impl PDE {
    // PAT flag is set to zero for huge pages and super pages
    
    
    
    pub proof fn lemma_new_entry_mb0_bits_are_zero(
        layer: usize,
        address: usize,
        is_page: bool,
        is_writable: bool,
        is_supervisor: bool,
        is_writethrough: bool,
        disable_cache: bool,
        disable_execute: bool,
        )
        requires
            layer <= 3,
            if is_page { 0 < layer } else { layer < 3 },
            addr_is_zero_padded(layer as nat, address, is_page),
            address & MASK_ADDR == address,
        ensures
            ({ let e = address
                | MASK_FLAG_P
                | if is_page && layer != 3 { MASK_L1_PG_FLAG_PS } else { 0 }
                | if is_writable           { MASK_FLAG_RW }       else { 0 }
                | if is_supervisor         { 0 }                  else { MASK_FLAG_US }
                | if is_writethrough       { MASK_FLAG_PWT }      else { 0 }
                | if disable_cache         { MASK_FLAG_PCD }      else { 0 }
                | if disable_execute       { MASK_FLAG_XD }       else { 0 };
               (PDE { entry: e, layer: Ghost(layer as nat) }).all_mb0_bits_are_zero()
            }),
    {
        let or1 = MASK_FLAG_P;
        let or2 = if is_page && layer != 3 { MASK_L1_PG_FLAG_PS } else { 0 };
        let or3 = if is_writable           { MASK_FLAG_RW }       else { 0 };
        let or4 = if is_supervisor         { 0 }                  else { MASK_FLAG_US };
        let or5 = if is_writethrough       { MASK_FLAG_PWT }      else { 0 };
        let or6 = if disable_cache         { MASK_FLAG_PCD }      else { 0 };
        let or7 = if disable_execute       { MASK_FLAG_XD }       else { 0 };
        let e = address | or1 | or2 | or3 | or4 | or5 | or6 | or7;
        let mw: usize = MAX_PHYADDR_WIDTH;
        assert(forall|a:usize| #![auto] a == a | 0) by (bit_vector);

        axiom_max_phyaddr_width_facts();
        assert(forall|a:usize,i:usize| #![auto] i < 12 ==> a & bitmask_inc!(12usize,sub(mw,1)) == a ==> a & bit!(i) == 0) by (bit_vector)
            requires 32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i != 7 && (a & bit!(7usize) == 0) ==> (a | bit!(i)) & bit!(7usize) == 0) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < 13 && (a & bitmask_inc!(13usize,29usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,29usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 29 && (a & bitmask_inc!(13usize,29usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,29usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < 13 && (a & bitmask_inc!(13usize,20usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,20usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 20 && (a & bitmask_inc!(13usize,20usize) == 0) ==> ((a | bit!(i)) & bitmask_inc!(13usize,20usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i < mw && (a & bitmask_inc!(mw,51usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,51usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 51 && (a & bitmask_inc!(mw,51usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,51usize) == 0)) by (bit_vector)
            requires mw <= 52;
        assert(address & bitmask_inc!(mw, 51) == 0) by (bit_vector)
            requires
                address & bitmask_inc!(12usize, mw - 1) == address,
                32 <= mw <= 52;
        assert(forall|a:usize,i:usize| #![auto] i < mw && (a & bitmask_inc!(mw,62usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,62usize) == 0)) by (bit_vector);
        assert(forall|a:usize,i:usize| #![auto] i > 62 && (a & bitmask_inc!(mw,62usize)    == 0) ==> ((a | bit!(i)) & bitmask_inc!(mw,62usize) == 0)) by (bit_vector)
            requires mw <= 52;
        assert(address & bitmask_inc!(mw, 62) == 0) by (bit_vector)
            requires
                address & bitmask_inc!(12usize, mw - 1) == address,
                32 <= mw <= 52;
        PDE::lemma_new_entry_addr_mask_is_address(layer, address, is_page, is_writable, is_supervisor, is_writethrough, disable_cache, disable_execute);
        if layer == 0 {
            assert(!is_page);
            assert(e & bit!(7usize) == 0);
            assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
        } else if layer == 1 {
            if is_page {
                assert(address & bitmask_inc!(30usize,sub(mw,1)) == address ==> address & bitmask_inc!(13usize,29usize) == 0) by (bit_vector);
                assert(e & bitmask_inc!(13usize,29usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
            } else {
                assert(e & bit!(7usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0);
            }
        } else if layer == 2 {
            if is_page {
                assert(address & bitmask_inc!(21usize,sub(mw,1)) == address ==> address & bitmask_inc!(13usize,20usize) == 0) by (bit_vector);
                assert(e & bitmask_inc!(13usize,20usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
            } else {
                assert(e & bit!(7usize) == 0);
                assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
            }
        } else if layer == 3 {
            assert(is_page);
            // assert(e & bit!(7usize) == 0);
            assert(e & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0);
        } else { assert(false); }

        let pde = PDE { entry: e, layer: Ghost(layer as nat) };
        reveal(PDE::all_mb0_bits_are_zero);
        assert(pde.all_mb0_bits_are_zero());
    }


    #[verifier::external_body]
    pub proof fn lemma_new_entry_addr_mask_is_address(
        layer: usize,
        address: usize,
        is_page: bool,
        is_writable: bool,
        is_supervisor: bool,
        is_writethrough: bool,
        disable_cache: bool,
        disable_execute: bool,
        )
        requires
            layer <= 3,
            if is_page { 0 < layer } else { layer < 3 },
            addr_is_zero_padded(layer as nat, address, is_page),
            address & MASK_ADDR == address,
        ensures
            ({ let e = address
                | MASK_FLAG_P
                | if is_page && layer != 3 { MASK_L1_PG_FLAG_PS }  else { 0 }
                | if is_writable           { MASK_FLAG_RW }        else { 0 }
                | if is_supervisor         { 0 }                   else { MASK_FLAG_US }
                | if is_writethrough       { MASK_FLAG_PWT }       else { 0 }
                | if disable_cache         { MASK_FLAG_PCD }       else { 0 }
                | if disable_execute       { MASK_FLAG_XD }        else { 0 };
               &&& e & MASK_ADDR == address
               &&& e & MASK_FLAG_P == MASK_FLAG_P
               &&& (e & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS) == (is_page && layer != 3)
               &&& (e & MASK_FLAG_RW == MASK_FLAG_RW) == is_writable
               &&& (e & MASK_FLAG_US == MASK_FLAG_US) == !is_supervisor
               &&& (e & MASK_FLAG_PWT == MASK_FLAG_PWT) == is_writethrough
               &&& (e & MASK_FLAG_PCD == MASK_FLAG_PCD) == disable_cache
               &&& (e & MASK_FLAG_XD == MASK_FLAG_XD) == disable_execute
               &&& (is_page && layer == 1 ==> e & MASK_PG_FLAG_PAT == 0)
               &&& (is_page && layer == 2 ==> e & MASK_PG_FLAG_PAT == 0)
               &&& e & bit!(5) == 0
               &&& e & bit!(6) == 0
            }),
    {
        unimplemented!()
    }

    
    
    
    
    
    
    
    }


// Page table methods are in a separate module for namespacing, since we can't use a struct + impl
// (To use a struct we'd have to keep a &mut reference to the memory in the struct, which Verus
// doesn't support. Or we keep an owned copy but then can't have an external interface that mutably
// borrows a memory.)

} // verus!
}
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
}
pub mod spec_t {
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod translation {
// Trusted: This file defines the semantics of how page table entries are interpreted by the
// hardware. This is only the semantics of how we go from bits to an interpretation; The hardware
// model in rl3.rs models the non-atomic nature of page table walks + caching + ..

use vstd::prelude::*;
use crate::spec_t::mmu::defs::{ MAX_PHYADDR_WIDTH, bit, bitmask_inc, };
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ axiom_max_phyaddr_width_facts, };

verus!{


// layer:
// 0 -> PML4
// 1 -> PDPT, Page Directory Pointer Table
// 2 -> PD, Page Directory
// 3 -> PT, Page Table
// MASK_FLAG_* are flags valid for entries at all levels.
pub const MASK_FLAG_P: usize = bit!(0usize);

pub const MASK_FLAG_RW: usize = bit!(1usize);

pub const MASK_FLAG_US: usize = bit!(2usize);

pub const MASK_FLAG_PWT: usize = bit!(3usize);

pub const MASK_FLAG_PCD: usize = bit!(4usize);

//pub const MASK_FLAG_A: usize = bit!(5usize);

pub const MASK_FLAG_XD: usize = bit!(63usize);

// MASK_PG_FLAG_* are flags valid for all page mapping entries, unless a specialized version for that
// layer exists, e.g. for layer 3 MASK_L3_PG_FLAG_PAT is used rather than MASK_PG_FLAG_PAT.
//pub const MASK_PG_FLAG_D: usize = bit!(6usize);


pub const MASK_PG_FLAG_PAT: usize = bit!(12usize);

pub const MASK_L1_PG_FLAG_PS: usize = bit!(7usize);

pub const MASK_L2_PG_FLAG_PS: usize = bit!(7usize);



// In the implementation we can always use the 12:52 mask as the invariant guarantees that in the
// other cases, the lower bits are already zero anyway.
// We cannot use dual exec/spec constants here because for those Verus currently doesn't support
// manually guiding the no-overflow proofs.
pub spec const MASK_ADDR_SPEC: usize = bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_ADDR_SPEC)]
pub exec const MASK_ADDR: usize ensures MASK_ADDR == MASK_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L1_PG_ADDR_SPEC: usize = bitmask_inc!(30usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L1_PG_ADDR_SPEC)]
pub exec const MASK_L1_PG_ADDR: usize ensures MASK_L1_PG_ADDR == MASK_L1_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(30usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L2_PG_ADDR_SPEC: usize = bitmask_inc!(21usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L2_PG_ADDR_SPEC)]
pub exec const MASK_L2_PG_ADDR: usize ensures MASK_L2_PG_ADDR == MASK_L2_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(21usize, MAX_PHYADDR_WIDTH - 1)
}

pub spec const MASK_L3_PG_ADDR_SPEC: usize = bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1);

#[verifier::when_used_as_spec(MASK_L3_PG_ADDR_SPEC)]
pub exec const MASK_L3_PG_ADDR: usize ensures MASK_L3_PG_ADDR == MASK_L3_PG_ADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    bitmask_inc!(12usize, MAX_PHYADDR_WIDTH - 1)
}



#[allow(repr_transparent_external_private_fields)]
// An entry in any page directory (i.e. in PML4, PDPT, PD or PT)
#[repr(transparent)]
pub struct PDE {
    pub entry: usize,
    pub layer: Ghost<nat>,
}

// This impl defines everything necessary for the page table walk semantics.
// PDE is reused in the implementation, which has an additional impl block for it in
// `impl_u::l2_impl`.
impl PDE {
    // Could prove that the address is smaller than MAX_PHYADDR but this bound is sufficient sof ar
    
    
    
    /// Returns `true` iff all must-be-zero bits for a given entry are zero.
    #[verifier::opaque]
    pub open spec fn all_mb0_bits_are_zero(self) -> bool {
        if self.layer == 0 {  // PML4, always directory
            // 51:M, 7
            &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
            &&& self.entry & bit!(7usize) == 0
        } else if self.layer == 1 {  // PDPT
            if self.entry & MASK_L1_PG_FLAG_PS == MASK_L1_PG_FLAG_PS {
                // 51:M, 29:13
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
                &&& self.entry & bitmask_inc!(13usize,29usize) == 0
            } else {
                // 51:M, 7
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 51) == 0
                &&& self.entry & bit!(7usize) == 0
            }
        } else if self.layer == 2 {  // PD
            if self.entry & MASK_L2_PG_FLAG_PS == MASK_L2_PG_FLAG_PS {
                // 62:M, 20:13
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
                &&& self.entry & bitmask_inc!(13usize,20usize) == 0
            } else {
                // 62:M, 7
                &&& self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
                &&& self.entry & bit!(7usize) == 0
            }
        } else if self.layer == 3 {  // PT, always frame
            // 62:M
            self.entry & bitmask_inc!(MAX_PHYADDR_WIDTH, 62) == 0
        } else {
            arbitrary()
        }
    }

    }











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

macro_rules! bit {
    ($v:expr) => {
        1usize << $v
    }
}

pub(crate) use bit;



// The maximum physical address width is between 32 and 52 bits.
#[verifier(external_body)]
pub const MAX_PHYADDR_WIDTH: usize = 52;

pub axiom fn axiom_max_phyaddr_width_facts()
    ensures
        32 <= MAX_PHYADDR_WIDTH <= 52,
;

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
use crate::spec_t::mmu::translation::{ PDE};

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
