// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



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
pub mod extra {
use vstd::prelude::*;


use vstd::map::*;


verus! {






pub proof fn lemma_subset_is_finite<A>(
    a: Set<A>,
    b: Set<A>,
)
    requires 
        a.finite(),
        b.subset_of(a),
    ensures
        b.finite(),
{   let c = a.difference(b);   
    assert (a.difference(c).finite());
    assert (a.difference(c) === b);
}

















// FIXME: Something like these functions should probably be added to vstd. One problem with that:
// May want exec versions of the functions but can't give them the same name.


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
