

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod common {
pub mod align_v {
// This file contains utility functions and specifications for memory alignment operations.
// It includes methods for calculating alignment, reserving space, and ensuring proper alignment for memory operations.


verus! {

// Returns a boolean indicating whether a given address is aligned to a specified alignment.

// Calculates the additional space needed to align an address to a specified alignment.
// Returns the space needed for alignment.

// Rounds up a given address to the nearest aligned address based on the specified alignment.
// Returns the aligned address.

// Proves that the space needed for alignment is always bounded by the alignment value.
// Ensures the result is within the valid range.

// Computes the space needed for alignment for a given address and alignment (usize).
// Returns the space needed as a usize value.

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
pub mod recover_v {
// This file provides functions for recovering objects, corruption-detecting Booleans (CDB), and byte sequences from persistent memory regions.
// It includes both specification and executable functions for recovery operations with CRC validation.

use super::subrange_v::*;

verus! {







}

}
pub mod subrange_v {
// This file provides utility functions and proofs for working with subranges of sequences and their properties.
// It includes operations for extracting subranges, comparing sequences within specific ranges, and verifying
// the effects of partial writes on sequences and persistent memory views. It includes several broadcast
// lemmas and broadcast groups for ease of use.


verus! {

// Extracts a subrange of a sequence starting at index `i` with length `len`.

// Indicates whether two sequences match within a specified range [start, end).

// Indicates whether two sequences match except within a specified range [start, end).

// Indicates whether two persistent memory views match within a specified range [start, end).

// Indicates whether two persistent memory views match except within a specified range [start, end).

// Proves that two sequences related by can_result_from_partial_write match
// except in the specified range.

// Proves (in a way that can be used by broadcast) that two sequences related by
// can_result_from_partial_write match except in the range of the write.

// Proves, in a way that can be used by broadcast, that two sequences related by
// can_result_from_partial_write match in any subrange that doesn't
// overlap with the write range. It's triggered by saying
// `s1.subrange(inner_start, inner_end)` where `s1` is the original sequence
// that gets written to.

// Proves that if two persistent memory views are related by can_result_from_write,
// then (1) the state resulting from the write operation is valid, (2) the two
// read states match except in the range of the write, and (3) the subrange of the
// resulting read state that corresponds to the write range equals the bytes written.


// Proves, in a way that can be used by broadcast, that if two persistent memory views are related by
// can_result_from_write, then (1) the state resulting from the write operation is valid, (2) the two
// read states match except in the range of the write, and (3) the subrange of the resulting read state
// that corresponds to the write range equals the bytes written.

// Proves, in a way that can be used by broadcast, that if two persistent memory views are related by
// can_result_from_write, then the two read states match in any subrange that doesn't overlap with the
// write range. The trigger is `v2.read_state.subrange(inner_start, inner_end)` where `v2` is the
// persistent memory view that results from the write.

// Proves that the length of a subrange is equal to the difference between its start and end indices.

// Proves that a subrange of a subrange is equivalent to a single subrange operation.

// Proves, in a way that can be used by broadcast, that a subrange of a subrange is equivalent to a single
// subrange operation. The trigger has two parts: `s.subrange(inner_start, inner_end)` and
// `s.subrange(outer_start, outer_end)`. The function ends in `_dangerous` because it can lead
// to a large number of cascading quantifier instatiations.

// Proves, in a way that can be used by broadcast, how updating a subsequence with `update_bytes`
// affects subranges of the resulting sequence. It makes the two sequences match except in the
// range of the update, and it makes the subrange of the resulting sequence that corresponds to the
// update range equal to the bytes written. The trigger is `update_bytes(s1, addr, bytes)`.

// Proves, in a way that can be used by broadcast, how updating bytes in a sequence with `update_bytes`
// affecs subranges of the resulting sequence that don't overlap with the update range. The trigger
// is `update_bytes(s1, addr, bytes).subrange(inner_start, inner_end)` where `s1` is the original sequence
// that gets written to.

// Proves, in a way that can be used by broadcast, that concatenating two consecutive subranges gives
// the same result as a single subrange operation. The trigger is two parts, one for each consecutive
// subrange.

// Proves that concatenating three consecutive subranges gives the same result as a single subrange
// operation.

// Proves that concatenating four consecutive subranges is equivalent to a single subrange operation.

// Proves, in a way that can be used by broadcast, that if two sequences match in a range,
// then they also match in any subrange of that range. The trigger is two parts:
// `seqs_match_in_range(s1, s2, outer_start, outer_end)` and `s1.subrange(inner_start, inner_end)`.

// Proves, in a way that can be used by broadcast, that if sequences s1 and s2 match
// in range `[inner_start, inner_end)` and s2 and s3 match in range `[outer_start, outer_end)`,
// where the inner range is a subrange of the outer range, then s1 and s3 also match in the
// inner range. The trigger is two parts:
// `seqs_match_in_range(s1, s2, inner_start, inner_end)` and
// `seqs_match_in_range(s2, s3, outer_start, outer_end)`.

// Groups broadcasts related to the effects of `can_result_from_write`
// and its variants (e.g., `can_result_from_partial_write`).

// Groups broadcasts related to the effects of `update_bytes`.

}

}
pub mod table_v {
// This file defines the `TableMetadata` struct and its associated methods and proofs.
// It provides functionality for operating on tables in persistent memory where
// rows are consecutive and identically-sized. It hides all the nonlinear arithmetic
// (multiplication, division, and modulo by the row size) internally, providing an
// abstraction that doesn't require reasoning about such arithmetic. For instance,
// it provides a broadcast lemma saying that if two valid row addresses are unequal,
// then their rows don't overlap.


use crate::common::util_v::*;

verus! {

// This struct represents metadata for a table in persistent memory, including the start and end
// addresses, number of rows, and size of each row.


// Proves, in a way that can be used by broadcast, various facts about a given valid
// row address. Specifically, that it's within the bounds of the table, and that
// converting to a row index gives a number in [0, num_rows). The trigger for
// this broadcast is `tm.validate_row_addr(addr)`.

// Proves, in a way that can be used by broadcast, that two valid but unequal row
// addresses don't overlap in memory, and have different row indices. The trigger
// is two parts: `tm.validate_row_addr(addr1)` and `tm.validate_row_addr(addr2)`.

// Proves, in a way that can be used by broadcast, that converting a row index to an address
// produces a valid address, and that converting that address back to a row index gives the original
// row index. The trigger is `tm.spec_row_index_to_addr(row_index)`.

// Provides a useful collection of broadcast lemmas for reasoning about valid rows.

}
}
pub mod util_v {
// This file contains miscellaneous utility functions.

verus! {

// This lemma proves that a subrange of a subrange is equal to just obtaining the final subrange using its 
// absolute start index. This is obvious and requires no body, but having a dedicated lemma helps
// Z3 establish the equality
// TODO: do this about subranges rather than extract_bytes -- should be equivalent and more useful
// TODO: move extract_bytes into this file

// This helper lemma helps us prove that flattening a 2D sequence
// is equivalent to concatenating the last sequence to all prior
// sequences after flattening them.

// This lemma proves that if a map is injective, then inverting it twice produces
// the original map.

// Proves that if a map `map` is injective, then `map.invert()` maps
// its values to its keys.

// This lemma proves that a sequence with no duplicates whose values are in the range [min, max)
// has a length less than or equal to the difference between min and max.

// This executable function clones a vector of objects of type `T`
// when `T` implements the `PmCopy` trait.
// TODO: Do this more efficiently by just calling Vec::clone.

// This executable function extends a `Vec<u8>` with the contents of
// a slice.


// Proves that, given that `s` is finite, it contains `v` if and only if
// `s.to_seq()` contains `v`.

// Proves that, given that `s` is finite, `s.to_seq()` has the same length as `s`
// and has no duplicates.

// Prove that if there exists a bijection between two sets `s1` and `s2`,
// where `s1` is known to be finite, then `s2` is also finite and
// has the same length as `s1`. The bijection takes the form of two
// functions `f` and `g`, where `f` maps elements from `s1` to `s2`
// and `g` maps elements from `s2` to `s1`.

// Proves that `s.fold_left(c, g)` can be expressed as a `fold_left`
// of `s.map_values(f)`. For this, we require a fold function `h` that
// inverts the effect of `f`.

// Proves that if `s.filter(pred)` contains `x`, then `s` contains `x` and `pred(x)` is true.

// Proves that if `s` has no duplicates, then `s.filter(pred)` also has no duplicates.

// Indicates whether the given function `f` used for `fold_left` is commutative.

// Converts a `fold_left` function to a `fold_right` function.

// Proves that if `f` is a commutative `fold_left` function, then the result of
// folding left using `f` is equal to the result of folding right using
// `convert_foldl_to_foldr(f)`. Furthermore, `convert_foldl_to_foldr(f)` is
// a commutative `fold_right` function.

// Proves that if two sequences `s1` and `s2` have no duplicates and map to the same set,
// then they're permutations of each other.

}
}
}
pub mod journal {
mod recover_v {
use crate::common::align_v::*;
use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::util_v::*;

verus! {


// This GUID was generated randomly and is meant to describe the
// journal module, even if it has future versions.


// The current version number, and the only one whose contents
// this program can read, is the following:






























}
}

#[cfg(verus_keep_ghost)]
pub use spec_v::{broadcast_journal_view_matches_in_range_can_narrow_range,
                 broadcast_journal_view_matches_in_range_transitive};

#[cfg(verus_keep_ghost)]
pub use impl_v::spec_journal_entry_overhead;
}
pub mod kv2 {

pub mod items {
mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;

verus! {






}
}

}
pub mod keys {
mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;

verus! {




}
}


}
pub mod lists {
pub mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;
use super::super::spec_t::*;

verus! {





}
}
pub mod util_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;
use crate::journal::*;
use super::super::spec_t::*;

verus! {







}

}

}
pub mod recover_v {
use vstd::prelude::*;

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::util_v::*;
use crate::journal::*;
use pmcopy::PmCopy;
use std::hash::Hash;
use super::items::*;
use super::keys::*;
use super::lists::*;
use super::spec_t::*;

verus! {

// This GUID was generated randomly and is meant to describe the
// journal module, even if it has future versions.


// The current version number, and the only one whose contents
// this program can read, is the following:


pub open spec fn spec_encode_policies(logical_range_gaps_policy: LogicalRangeGapsPolicy) -> u64
{
    match logical_range_gaps_policy {
        LogicalRangeGapsPolicy::LogicalRangeGapsForbidden => 0,
        LogicalRangeGapsPolicy::LogicalRangeGapsPermitted => 1,
    }
}


pub exec fn encode_policies(logical_range_gaps_policy: &LogicalRangeGapsPolicy) -> (result: u64)
    ensures
        result == spec_encode_policies(*logical_range_gaps_policy),
{
    match logical_range_gaps_policy {
        LogicalRangeGapsPolicy::LogicalRangeGapsForbidden => 0,
        LogicalRangeGapsPolicy::LogicalRangeGapsPermitted => 1,
    }
}













}

}
pub mod spec_t {
//! This file contains the unverified specification for the high-level KV store.
//!
//! This file should be audited for correctness.

use vstd::prelude::*;

use std::hash::Hash;

verus! {


pub enum LogicalRangeGapsPolicy {
    LogicalRangeGapsForbidden,
    LogicalRangeGapsPermitted,
}



// The list-element type must satisfy the `LogicalRange` trait, giving
// it a logical range with a `start` and `end`. The KV store enforces
// that when appending a list element its `start` must be at least as
// large as the `end` of the current last element in that list. If one
// doesn't want such enforcement, one should just have `start` and
// `end` both always return `0`. If one wants even stricter
// enforcement, i.e., if one wants to require that the `start` of the
// appended element must be *exactly* equal to the `end` of the last
// element, one should initialize the KV store with the logical range
// gaps policy set to `LogicalRangeGapsForbidden`.





// A `RecoveredKvStore` represents the abstract state of a key/value
// store that will result from recovery from the current state of
// storage. It consists of setup parameters and an `AtomicKvStore`.



// A `KvStoreView` is the abstraction of the state of a running
// key/value store service. Its main fields are `durable`, which
// represents the `AtomicKvStore` that would result from aborting or
// crashing, and `tentative`, which represents the `AtomicKvStore`
// that would result from committing. It also has fields indicating
// how many logical storage slots are used for various purposes, to
// allow for precise specifications of the conditions under which the
// KV store is permitted to fail with an "out of space" error.
//
// Its main operations are `abort`, which sets `tentative` to
// `durable`, and `commit`, which sets `durable` to `tentative`. Both
// reset the number of slots used for keys to the number of keys in
// the store, reset the number of slots used for list elements to the
// number of list elements, and rest the number of slots used for
// transaction operations to zero. Proving we meet these reset
// specifications proves that we don't leak storage space.



}
}
pub mod util_v {

use crate::common::subrange_v::*;
use crate::journal::*;
use super::items::*;
use super::keys::*;
use super::lists::*;
use super::recover_v::*;
use super::spec_t::*;

verus! {


}
}
}
// pub mod log;
// pub mod multilog;



verus! {


}
