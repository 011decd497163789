

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod common {
pub mod align_v {
// This file contains utility functions and specifications for memory alignment operations.
// It includes methods for calculating alignment, reserving space, and ensuring proper alignment for memory operations.

use vstd::arithmetic::overflow::CheckedU64;
use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::{lemma_fundamental_div_mod, lemma_mod_multiples_vanish};

verus! {

// Returns a boolean indicating whether a given address is aligned to a specified alignment.
pub open spec fn is_aligned(addr: int, alignment: int) -> bool
    recommends
        0 < alignment
{
    addr % alignment == 0
}

// Calculates the additional space needed to align an address to a specified alignment.
// Returns the space needed for alignment.
pub closed spec fn space_needed_for_alignment(addr: int, alignment: int) -> int
    recommends
        0 < alignment
{
    let remainder = addr % alignment;
    if remainder == 0 {
        0
    }
    else {
        alignment - remainder
    }
}

// Rounds up a given address to the nearest aligned address based on the specified alignment.
// Returns the aligned address.
pub open spec fn round_up_to_alignment(addr: int, alignment: int) -> int
    recommends
        0 < alignment
{
    addr + space_needed_for_alignment(addr, alignment)
}

// Proves that the space needed for alignment is always bounded by the alignment value.
// Ensures the result is within the valid range.

// Computes the space needed for alignment for a given address and alignment (usize).
// Returns the space needed as a usize value.
#[verifier::external_body]
pub exec fn get_space_needed_for_alignment_usize(addr: u64, alignment: usize) -> (result: usize)
    requires
        0 < alignment,
    ensures
        result == space_needed_for_alignment(addr as int, alignment as int)
{
    unimplemented!()
}

// Rounds up a given address to the nearest aligned address for a specific type T.
// Returns the aligned address as a u64 value.

// Computes the space needed for alignment for a given address and alignment (u64).
// Returns the space needed as a u64 value.

// Proves that `space_needed_for_alignment` works correctly and ensures alignment.
#[verifier::external_body]
pub proof fn lemma_space_needed_for_alignment_works(addr: int, alignment: int)
    requires
        0 < alignment,
    ensures
        0 <= space_needed_for_alignment(addr, alignment) < alignment,
        is_aligned(addr + space_needed_for_alignment(addr, alignment), alignment)
{
    unimplemented!()
}

// Reserves space for a specific type T starting from a given offset.
// Returns the bounds of the reserved space (its beginning and end) as a tuple.

// Reserves a specified amount of space with a given alignment starting from an offset.
// Returns the bounds of the reserved space (its beginning and end) as a tuple.

// Aligns a CheckedU64 value to the nearest specified alignment (u64).
// Returns the aligned CheckedU64 value.

// Aligns a CheckedU64 value to the nearest specified alignment (usize).
// Returns the aligned CheckedU64 value.

// Reserves space for a specific type T starting from a CheckedU64 offset.
// Returns the bounds of the reserved space (beginning and end) as a tuple of
// CheckedU64 values.

// Reserves a specified amount of space with a given alignment starting from a CheckedU64 offset.
// Returns the bounds of the reserved space (its beginning and end) as a tuple of CheckedU64 values.

// Reserves a specified amount of space with a given alignment starting from a CheckedU64 offset.
// Uses CheckedU64 for both size and offset.
// Returns the bounds of the reserved space (its beginning and end) as a tuple of CheckedU64 values.

}

}
pub mod saturate_v {
// This file defines the SaturatingU64 struct and its associated methods.
// SaturatingU64 is a wrapper around u64 that provides arithmetic operations with saturation behavior.
// It includes methods for addition, multiplication, alignment, and conversion to Option<u64>.
// The struct is designed to handle overflow cases gracefully, ensuring that the value
// remains within the bounds of a u64. It maintains a ghost variable to track the true,
// unbounded value as a mathematical integer, and uses this as its view.

use vstd::prelude::*;
use crate::common::align_v::{get_space_needed_for_alignment_usize};
#[cfg(verus_keep_ghost)]
use crate::common::align_v::{lemma_space_needed_for_alignment_works, is_aligned, round_up_to_alignment};
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::{lemma_div_is_ordered_by_denominator, lemma_div_plus_one, lemma_fundamental_div_mod,
                                lemma_mod_division_less_than_divisor};
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::mul::lemma_mul_inequality;

verus! {

pub struct SaturatingU64 {
    i: Ghost<int>,
    v: u64,
}

// Implements the View trait for SaturatingU64 to expose its true, unbounded value as an int.
impl View for SaturatingU64
{
    type V = int;

    closed spec fn view(&self) -> int
    {
        self.i@
    }
}

// Implements the Clone trait for SaturatingU64 to allow creating a copy of the struct.
impl Clone for SaturatingU64 {
    #[verifier::external_body]
    exec fn clone(&self) -> (result: Self)
        ensures
            result@ == self@
    {
        unimplemented!()
    }
}

impl SaturatingU64 {
    // This is the well-formedness condition for the SaturatingU64 struct.
    #[verifier::type_invariant]
    spec fn well_formed(self) -> bool
    {
        if self.i@ > u64::MAX { self.v == u64::MAX } else { self.v == self.i }
    }

    // Creates a new SaturatingU64 instance from a u64 value.
    
    // Creates a new SaturatingU64 instance from a u64 value (executable version).
    
    // Checks if the SaturatingU64 value is saturated (i.e., equal to or exceeding u64::MAX).
    
    // Checks if the SaturatingU64 value is saturated (executable version).
    
    // Retrieves the u64 value of the SaturatingU64 instance, which is equal to the
    // view if the value isn't saturated and u64::MAX otherwise.
    
    // Retrieves the internal u64 value of the SaturatingU64 instance (executable version).
    
    // Converts the SaturatingU64 value to an Option<u64>, returning None if saturated.
    
    // Adds a u64 value to the SaturatingU64 instance, with saturation behavior.
    #[verifier::external_body]
    #[inline]
    pub exec fn add(&self, v2: u64) -> (result: Self)
        ensures
            result@ == self@ + v2,
    {
        unimplemented!()
    }

    // Aligns the SaturatingU64 value to the nearest multiple of the specified alignment by
    // adding the minimum amount required.
    #[inline]
    pub exec fn align(&self, alignment: usize) -> (result: Self)
        requires
            0 < alignment,
        ensures
            self@ <= result@,
            result@ < self@ + alignment,
            result@ == round_up_to_alignment(self@, alignment as int),
            is_aligned(result@, alignment as int),
    {
        proof {
            use_type_invariant(self);
            lemma_space_needed_for_alignment_works(self@, alignment as int);
        }

        if self.v == u64::MAX {
            Self{
                i: Ghost(round_up_to_alignment(self.i@, alignment as int)),
                v: self.v,
            }
        }
        else {
            let increment_amount = get_space_needed_for_alignment_usize(self.v, alignment);
            self.add(increment_amount as u64)
        }
    }

    // Adds another SaturatingU64 value to the current instance, with saturation behavior.
    
    // Multiplies the SaturatingU64 value by a u64 value, with saturation behavior.
    }

}
}
}
// pub mod log;
// pub mod multilog;



verus! {


}
