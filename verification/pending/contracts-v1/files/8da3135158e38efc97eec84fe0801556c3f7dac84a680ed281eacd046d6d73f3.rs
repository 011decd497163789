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
use crate::spec_t::mmu::defs::{ aligned, between, index_from_offset, index_from_base_and_addr, entry_base_from_index, next_entry_base_from_index };

verus! {


// This lemma has "support" postconditions for lemma_entry_base_from_index. I.e. postconditions
// that may help proving the lhs of some of that lemma's postconditions which are implications.
// However, one of these postconditions triggers on every multiplication, hence this is separated
// in its own lemma.


pub proof fn lemma_index_from_base_and_addr(base: nat, addr: nat, entry_size: nat, num_entries: nat)
    requires
        addr >= base,
        addr < entry_base_from_index(base, num_entries, entry_size),
        entry_size > 0,
    ensures
        ({
            let idx = index_from_base_and_addr(base, addr, entry_size);
            &&& idx < num_entries
            &&& between(addr, entry_base_from_index(base, idx, entry_size), next_entry_base_from_index(base, idx, entry_size))
            &&& aligned(base, entry_size) && aligned(addr, entry_size) ==> addr == entry_base_from_index(base, idx, entry_size)
        }),
{
    let idx = index_from_base_and_addr(base, addr, entry_size);
    assert(idx < num_entries) by(nonlinear_arith)
        requires
            addr >= base,
            addr < entry_base_from_index(base, num_entries, entry_size),
            entry_size > 0,
            idx == index_from_offset(sub(addr, base), entry_size),
    { };
    assert(between(addr, entry_base_from_index(base, idx, entry_size), next_entry_base_from_index(base, idx, entry_size))) by(nonlinear_arith)
        requires
            addr >= base,
            addr < entry_base_from_index(base, num_entries, entry_size),
            entry_size > 0,
            idx == index_from_offset(sub(addr, base), entry_size),
    { };
    assert(aligned(base, entry_size) && aligned(addr, entry_size) ==> addr == entry_base_from_index(base, idx, entry_size)) by(nonlinear_arith)
        requires
            addr >= base,
            entry_size > 0,
            idx == index_from_offset(sub(addr, base), entry_size),
    {
        if aligned(base, entry_size) && aligned(addr, entry_size) {
            extra::subtract_mod_eq_zero(base, addr, entry_size);
            extra::div_mul_cancel(sub(addr, base), entry_size);
        }
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










pub open spec fn index_from_offset(offset: nat, entry_size: nat) -> (res: nat)
    recommends entry_size > 0,
{
    offset / entry_size
}

pub open spec fn index_from_base_and_addr(base: nat, addr: nat, entry_size: nat) -> nat
    recommends
        addr >= base,
        entry_size > 0,
{
    index_from_offset(sub(addr, base), entry_size)
}

pub open spec fn entry_base_from_index(base: nat, idx: nat, entry_size: nat) -> nat {
    base + idx * entry_size
}

pub open spec fn next_entry_base_from_index(base: nat, idx: nat, entry_size: nat) -> nat {
    base + (idx + 1) * entry_size
}



// TODO: maybe we can deduplicate these two definitions somehow




pub open spec(checked) fn aligned(addr: nat, size: nat) -> bool {
    addr % size == 0
}

pub open spec fn between(x: nat, a: nat, b: nat) -> bool {
    a <= x && x < b
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
pub proof fn subtract_mod_eq_zero(a: nat, b: nat, c: nat)
    requires aligned(a, c), aligned(b, c), a <= b, c > 0
    ensures aligned((b - a) as nat, c)
{
    unimplemented!()
}











#[verifier::external_body]
#[verifier(nonlinear)]
pub proof fn div_mul_cancel(a: nat, b: nat) {
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
