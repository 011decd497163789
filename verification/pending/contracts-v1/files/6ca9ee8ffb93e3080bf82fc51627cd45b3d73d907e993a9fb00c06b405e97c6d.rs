

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

// Proves that the space needed for alignment is always bounded by the alignment value.
// Ensures the result is within the valid range.

// Computes the space needed for alignment for a given address and alignment (usize).
// Returns the space needed as a usize value.
pub exec fn get_space_needed_for_alignment_usize(addr: u64, alignment: usize) -> (result: usize)
    requires
        0 < alignment,
    ensures
        result == space_needed_for_alignment(addr as int, alignment as int)
{
    let remainder: usize = (addr % (alignment as u64)) as usize;
    if remainder == 0 {
        remainder
    }
    else {
        alignment - remainder
    }
}

// Rounds up a given address to the nearest aligned address for a specific type T.
// Returns the aligned address as a u64 value.

// Computes the space needed for alignment for a given address and alignment (u64).
// Returns the space needed as a u64 value.

// Proves that `space_needed_for_alignment` works correctly and ensures alignment.

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
}
// pub mod log;
// pub mod multilog;



verus! {


}
