// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
#[cfg(feature = "impl")]
pub mod l2_impl {
use vstd::prelude::*;
use vstd::{ assert_by_contradiction, assert_seqs_equal };




verus! {



broadcast proof fn lemma_union_empty<A>(s: Set<A>)
    ensures #[trigger] s.union(set![]) == s,
{
    assert(s.union(set![]) =~= s);
}




// TODO: Convert to individual broadcast maybe




// PDE is defined in crate::spec_t::mmu::defs to define the page table walk
// semantics. Here we reuse it for the implementation and add exec functions to it.


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


use vstd::prelude::*;

verus! {

// Only used in the simplified hardware models.
// $line_count$Trusted${$



// $line_count$}$








// Only used in the simplified hardware models.
// $line_count$Trusted${$

pub trait SeqTupExt: Sized {
    type A;
    }


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
