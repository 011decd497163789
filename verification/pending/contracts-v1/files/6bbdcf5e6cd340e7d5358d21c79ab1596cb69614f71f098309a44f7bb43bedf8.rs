// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod definitions_u {
use vstd::prelude::*;

use crate::spec_t::mmu::defs::{
    MAX_PHYADDR};
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    axiom_max_phyaddr_width_facts,
};

verus! {
pub proof fn lemma_maxphyaddr_facts()
    ensures 0xFFFFFFFF <= MAX_PHYADDR <= 0xFFFFFFFFFFFFF
{
    axiom_max_phyaddr_width_facts();
    assert(1u64 << 32 == 0x100000000) by (compute);
    assert(1u64 << 52 == 0x10000000000000) by (compute);
    assert(forall|m:u64,n:u64|  n < m < 64 ==> 1u64 << n < 1u64 << m) by (bit_vector);
}




// Sometimes z3 needs these concrete bounds to prove the no-overflow VC

// Architecture

// page_size, next_sizes
// 2**40    , [ 2 ** 30, 2 ** 20 ]
// 2**30    , [ 2 ** 20 ]
// 2**20    , [ ]

// [es0 # es1 , es2 , es3 ] // entry_size
// [1T  # 1G  , 1M  , 1K  ] // pages mapped at this level are this size <--

// [n0  # n1  , n2  , n3  ] // number_of_entries
// [1   # 1024, 1024, 1024]

// es1 == es0 / n1 -- n1 * es1 == es0
// es2 == es1 / n2 -- n2 * es2 == es1
// es3 == es2 / n3 -- n3 * es3 == es2

// [es0  #  es1 , es2 , es3 , es4 ] // entry_size
// [256T #  512G, 1G  , 2M  , 4K  ]
// [n0   #  n1  , n2  , n3  , n4  ] // number_of_entries
// [     #  512 , 512 , 512 , 512 ]
// [     #  9   , 9   , 9   , 9   , 12  ]







}

}
pub mod spec_t {
pub mod mmu {
// trusted: definitions for the trusted low-level hardware model

pub mod defs {

// trusted: these are used in trusted definitions
//
// `overlap_sanity_check` hardens a spec, so we don't count it as trusted

use vstd::prelude::*;


verus! {







// The maximum physical address width is between 32 and 52 bits.
#[verifier(external_body)]
pub const MAX_PHYADDR_WIDTH: usize = 52;

pub axiom fn axiom_max_phyaddr_width_facts()
    ensures
        32 <= MAX_PHYADDR_WIDTH <= 52,
;

// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.
pub spec const MAX_PHYADDR_SPEC: usize = ((1usize << MAX_PHYADDR_WIDTH) - 1usize) as usize;

#[verifier::when_used_as_spec(MAX_PHYADDR_SPEC)]
pub exec const MAX_PHYADDR: usize ensures MAX_PHYADDR == MAX_PHYADDR_SPEC {
    proof {
        axiom_max_phyaddr_width_facts();
    }
    assert(1usize << 32 == 0x100000000) by (compute);
    assert(forall|m:usize,n:usize|  n < m < 64 ==> 1usize << n < 1usize << m) by (bit_vector);
    (1usize << MAX_PHYADDR_WIDTH) - 1usize
}















// TODO: maybe we can deduplicate these two definitions somehow















// hardens spec for overlap




















} // verus!
}

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{
    MAX_PHYADDR,
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
