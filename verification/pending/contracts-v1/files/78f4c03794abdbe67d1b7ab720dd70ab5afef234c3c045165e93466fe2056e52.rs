// #![feature(nonnull_slice_from_raw_parts)]
//#![no_std]



pub mod impl_u {
//#[cfg(feature = "impl")]
//pub mod l2_refinement;
#[cfg(feature = "impl")]
pub mod indexing {
use vstd::prelude::*;
use crate::extra;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::{ aligned};

verus! {

///! This module implements an indexing calculus with corresponding lemmas. It only provides spec
///! functions, without any exec versions. The (specialized to specific entry_size) exec versions
///! can be implemented in their own modules and simply assert their equivalence to these spec
///! functions to make use of the lemmas. This is mainly because the absence of overflows may use
///! different bounds depending on the exact context. It also has the benefit that trusted exec
///! functions (e.g. in mem) are fully defined in their own modules


pub open spec fn nat_mul(a: nat, b: nat) -> nat {
    a * b
}

// This lemma has "support" postconditions for lemma_entry_base_from_index. I.e. postconditions
// that may help proving the lhs of some of that lemma's postconditions which are implications.
// However, one of these postconditions triggers on every multiplication, hence this is separated
// in its own lemma.
pub proof fn lemma_entry_base_from_index_support(base: nat, idx: nat, entry_size: nat)
    requires entry_size > 0
    ensures
        // forall|nested_es: nat, nested_num: nat|
        //     entry_size == nat_mul(nested_es, nested_num)
        //     ==> next_entry_base_from_index(base, idx, entry_size)
        //         == entry_base_from_index(entry_base_from_index(base, idx, entry_size), nested_num, nested_es),
        // Support postconditions:
        // Ugly, ugly workaround for mixed triggers.
        forall|a: nat, b: nat| nat_mul(a, b) == #[trigger] (a * b),
        forall|a: nat, b: nat| nat_mul(a, b) == nat_mul(b, a),
        forall|a: nat| #[trigger] aligned(base, nat_mul(entry_size, a)) && a > 0 ==> aligned(base, entry_size),
{
    assert(forall|a: nat, b: nat| nat_mul(a, b) == #[trigger] (a * b)) by(nonlinear_arith);
    assert(forall|a: nat, b: nat| nat_mul(a, b) == nat_mul(b, a)) by(nonlinear_arith);
    assert forall|a: nat|
        #[trigger] aligned(base, nat_mul(entry_size, a)) && a > 0
        implies
        aligned(base, entry_size) by
    {
        extra::mod_mult_zero_implies_mod_zero(base, entry_size, a);
    };
}


}
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


// We cannot use a dual exec/spec constant for MAX_PHYADDR, because for those Verus currently
// doesn't support manually guiding the no-overflow proofs.
















// TODO: maybe we can deduplicate these two definitions somehow




pub open spec(checked) fn aligned(addr: nat, size: nat) -> bool {
    addr % size == 0
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
pub mod extra {
use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use crate::spec_t::mmu::defs::aligned;


use vstd::map::*;


verus! {


#[verifier::external_body]
pub proof fn mod_mult_zero_implies_mod_zero(a: nat, b: nat, c: nat) by (nonlinear_arith)
    requires aligned(a, b * c), b > 0, c > 0
    ensures aligned(a, b)
{
    unimplemented!()
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
