

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

use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemutil_v::*;
use super::subrange_v::*;

verus! {







}

}
pub mod subrange_v {
// This file provides utility functions and proofs for working with subranges of sequences and their properties.
// It includes operations for extracting subranges, comparing sequences within specific ranges, and verifying
// the effects of partial writes on sequences and persistent memory views. It includes several broadcast
// lemmas and broadcast groups for ease of use.

use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::seq::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemutil_v::*;

verus! {

// Extracts a subrange of a sequence starting at index `i` with length `len`.
pub open spec fn extract_section<T>(s: Seq<T>, i: int, len: nat) -> Seq<T>
{
    s.subrange(i, i + len)
}

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
use crate::pmem::pmcopy_t::*;
use crate::pmem::traits_t::*;
use pmcopy::PmCopy;

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
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemutil_v::*;

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
mod entry_v {
use vstd::prelude::*;
use crate::common::subrange_v::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmemutil_v::*;
use super::recover_v::*;

verus! {

// We have to make this struct public, with all its fields public, so
// that it can implement the View trait. We need it to do so to enable
// `deep_view()` on the vector of concrete journal entries.
#[verifier::ext_equal]
pub struct JournalEntry
{
    pub start: int,
    pub bytes_to_write: Seq<u8>,
}

























pub(super) proof fn lemma_parse_journal_entries_append(
    entries_bytes: Seq<u8>,
    entries: Seq<JournalEntry>,
    new_entry: JournalEntry,
)
    requires
        parse_journal_entries(entries_bytes) == Some(entries),
        0 <= new_entry.start <= u64::MAX,
        new_entry.bytes_to_write.len() <= u64::MAX,
    ensures ({
        let new_entries_bytes = entries_bytes
                              + (new_entry.start as u64).spec_to_bytes()
                              + (new_entry.bytes_to_write.len() as u64).spec_to_bytes()
                              + new_entry.bytes_to_write;
        parse_journal_entries(new_entries_bytes) == Some(entries.push(new_entry))
    }),
    decreases
        entries.len(),
{
    broadcast use pmcopy_axioms;

    let new_entries_bytes = entries_bytes
                          + (new_entry.start as u64).spec_to_bytes()
                          + (new_entry.bytes_to_write.len() as u64).spec_to_bytes()
                          + new_entry.bytes_to_write;
    if entries_bytes.len() == 0 {
        let addr_bytes = extract_section(new_entries_bytes, 0, u64::spec_size_of());
        assert(addr_bytes =~= (new_entry.start as u64).spec_to_bytes());
        let length_bytes = extract_section(new_entries_bytes, u64::spec_size_of() as int, u64::spec_size_of());
        assert(length_bytes =~= (new_entry.bytes_to_write.len() as u64).spec_to_bytes());
        let data_offset = u64::spec_size_of() + u64::spec_size_of();
        assert(extract_section(new_entries_bytes, data_offset as int, new_entry.bytes_to_write.len())
               =~= new_entry.bytes_to_write);
        assert(parse_journal_entry(new_entries_bytes) == Some((new_entry, new_entries_bytes.len() as int)));
        assert(entries =~= Seq::<JournalEntry>::empty());
        assert(parse_journal_entries(new_entries_bytes.skip(new_entries_bytes.len() as int))
               == Some(Seq::<JournalEntry>::empty()));
        assert(Seq::<JournalEntry>::empty().push(new_entry) =~= seq![new_entry] + Seq::<JournalEntry>::empty());
    }
    else {
        let (entry, num_bytes) = parse_journal_entry(entries_bytes).unwrap();
        let remaining_entries = parse_journal_entries(entries_bytes.skip(num_bytes)).unwrap();

        let (alt_entry, alt_num_bytes) = parse_journal_entry(new_entries_bytes).unwrap();
        let addr_bytes = extract_section(new_entries_bytes, 0, u64::spec_size_of());
        assert(addr_bytes =~= extract_section(entries_bytes, 0, u64::spec_size_of()));
        let length_bytes = extract_section(new_entries_bytes, u64::spec_size_of() as int, u64::spec_size_of());
        assert(length_bytes =~= extract_section(entries_bytes, u64::spec_size_of() as int, u64::spec_size_of()));
        let length = u64::spec_from_bytes(length_bytes);
        let data_offset = u64::spec_size_of() + u64::spec_size_of();
        assert(extract_section(new_entries_bytes, data_offset as int, length as nat) =~=
               extract_section(entries_bytes, data_offset as int, length as nat));
        assert(alt_entry == entry);
        assert(alt_num_bytes == num_bytes);

        lemma_parse_journal_entries_append(entries_bytes.skip(num_bytes), remaining_entries, new_entry);
        assert(entries_bytes.skip(num_bytes)
               + (new_entry.start as u64).spec_to_bytes()
               + (new_entry.bytes_to_write.len() as u64).spec_to_bytes()
               + new_entry.bytes_to_write
               =~= new_entries_bytes.skip(num_bytes));
    }
}








}
}
mod recover_v {
use vstd::prelude::*;
use crate::common::align_v::*;
use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::util_v::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::power_t::*;
use crate::pmem::traits_t::*;
use pmcopy::PmCopy;
use super::entry_v::*;

verus! {


// This GUID was generated randomly and is meant to describe the
// journal module, even if it has future versions.


// The current version number, and the only one whose contents
// this program can read, is the following:



















pub(super) open spec fn parse_journal_entry(entries_bytes: Seq<u8>) -> Option<(JournalEntry, int)>
{
    if u64::spec_size_of() + u64::spec_size_of() > entries_bytes.len() {
        None
    }
    else {
        let addr_bytes = extract_section(entries_bytes, 0, u64::spec_size_of());
        let addr = u64::spec_from_bytes(addr_bytes);
        let length_bytes = extract_section(entries_bytes, u64::spec_size_of() as int, u64::spec_size_of());
        let length = u64::spec_from_bytes(length_bytes);
        let data_offset = u64::spec_size_of() + u64::spec_size_of();
        if data_offset + length > entries_bytes.len() {
            None
        }
        else {
            let data = extract_section(entries_bytes, data_offset as int, length as nat);
            let entry = JournalEntry { start: addr as int, bytes_to_write: data };
            Some((entry, data_offset + length))
        }
    }
}

pub(super) open spec fn parse_journal_entries(entries_bytes: Seq<u8>) -> Option<Seq<JournalEntry>>
    decreases
        entries_bytes.len()
{
    if entries_bytes.len() == 0 {
        Some(Seq::<JournalEntry>::empty())
    }
    else {
        match parse_journal_entry(entries_bytes) {
            None => None,
            Some((entry, num_bytes)) =>
                match parse_journal_entries(entries_bytes.skip(num_bytes)) {
                    None => None,
                    Some(remaining_journal) => Some(seq![entry] + remaining_journal),
                },
        }
    }
}










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
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;

verus! {






}
}

}
pub mod keys {
mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;

verus! {




}
}


}
pub mod lists {
pub mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;

verus! {





}
}
pub mod util_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::table_v::*;
use crate::journal::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;

verus! {







}

}

}
pub mod recover_v {

use crate::common::recover_v::*;
use crate::common::subrange_v::*;
use crate::common::util_v::*;
use crate::journal::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::traits_t::*;
use crate::pmem::power_t::*;
use pmcopy::PmCopy;
use super::items::*;
use super::keys::*;
use super::lists::*;

verus! {

// This GUID was generated randomly and is meant to describe the
// journal module, even if it has future versions.


// The current version number, and the only one whose contents
// this program can read, is the following:

















}

}
pub mod util_v {

use crate::common::subrange_v::*;
use crate::journal::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;
use super::items::*;
use super::keys::*;
use super::lists::*;
use super::recover_v::*;

verus! {


}
}
}
// pub mod log;
// pub mod multilog;
pub mod pmem {

pub mod crc_t {
// This file defines the `CrcDigest` structure, which provides functionality for computing
// CRC64 checksums over sequences of bytes or `PmCopy` objects. It integrates with the
// `crc64fast` crate for efficient CRC computation while maintaining ghost state for
// verification purposes using Verus.
//
// This file is in the trusted computing base (hence the `_t.rs` extension) because
// it relies on the unverified `crc64fast` crate and makes assumptions about its behavior.
// As such, it needs to be audited manually to have confidence in its correctness.

use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;


verus! {

    // Helper struct to hide the external crc64fast Digest type
    // from Verus while still keeping ghost state associated with it
    
    // A structure for obtaining CRCs of byte sequences and/or
    // PmCopy objects and writing proofs about them.
    
    }
}
pub mod hamming_t {
// This file defines the Hamming distance between two byte sequences
// as the count of the number of bits that differ between the two. We
// use this for modeling patterns of expected bit corruption.


verus! {
    // Computes the sum of the given sequence of natural numbers
    
    // Computes the population count of a byte, i.e., the number of
    // its bits that are 1.
    
    // Computes the population count of a byte, i.e., the number of
    // its bits that are 1.
    
    // Given a byte sequence, computes a population-count sequence
    // where each element of the resulting sequence is the population
    // count of the corresponding byte in the given sequence.
    
    // Computes the population count of a byte sequence, i.e., the
    // number of its bits that are 1, ranging across all bits of all
    // its byte
    
    // Bitwise XOR and AND for sequences
    
    // Definition of Hamming distance
    }
}
pub mod hamming_v {
// This file proves a key lemma `hamming_indexes` that states that the
// Hamming distance between two byte sequences considering only a
// subset of the indexes is bounded by the overall Hamming distance
// between the two sequences.
//
// It also provides utilities for working with sequences, including
// multi-indexing, summation, and bitwise operations, for use in
// reasoning about Hamming distance calculations.

use vstd::prelude::*;

use super::hamming_t::*;
use vstd::seq_lib::*;
use vstd::relations::*;

verus! {
    // Functions related to multi-indexing of a sequence.

    // Indicates if the given integer is a valid index for the given sequence.
    pub open spec fn valid_index<T>(s: Seq<T>, i: int) -> bool {
        0 <= i < s.len()
    }

    // Indicates if the given sequence of integers is a valid multi-index for the given sequence.
    pub open spec fn valid_indexes<T>(s: Seq<T>, indexes: Seq<int>) -> bool {
        forall |i: int| 0 <= i < indexes.len() ==> #[trigger] valid_index(s, indexes[i])
    }

    // Proves that any permutation of a valid multi-index is also valid.
    
    // WSeq is just a wrapper for Seq that provides better notation
    // for a multi-index operator through its spec_index().
    pub struct WSeq<T> {
        pub s: Seq<T>,
    }

    impl<T> WSeq<T> {
        // Maps a sequence of indices to the corresponding elements in the wrapped sequence.
        pub open spec fn spec_index(self, idx: Seq<int>) -> Seq<T>
            recommends
                valid_indexes(self.s, idx)
        {
            idx.map_values(|a: int| self.s[a])
        }
    }

    // Constructs a WSeq from a Seq.
    #[allow(non_snake_case)]
    pub open spec fn S<T>(s: Seq<T>) -> WSeq<T>
    {
        WSeq{
            s: s
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    // Sequence of zeroes, for proving the existence of a sequence with a zero popcnt.
    
    
    
    // Key top-level lemma: proof that the Hamming distance of a
    // subset of indexes in a sequence is bounded by the Hamming
    // distance of the entire sequence.
    }
}
pub mod pmemspec_t {
//! This file contains the trusted specification for how a persistent
//! memory region (implementing trait `PersistentMemoryRegion`)
//! behaves.
//!
//! One of the things it models is what can happen to a persistent
//! memory region if the system crashes in the middle of a write.
//! Specifically, it says that on a crash some subset of the
//! outstanding byte writes will be flushed (performed before the
//! crash) and the rest of the outstanding byte writes will be
//! discarded. Furthermore, any 8-byte-aligned 8-byte chunk either has
//! all its outstanding writes flushed or all of them discarded.
//!
//! Following Perennial, this model uses prophecy to describe the
//! current state of the persistent memory. The abstract state of the
//! storage consists of a read state, which doesn't use prophecy, and
//! a durable state, which does use prophecy.
//
//! The read state is straightforward: It reflects all writes done so
//! far, regardless of whether those writes have been made durable and
//! will survive a crash. So it reflects what future reads will see,
//! at least until the next crash terminates the Verus program.
//!
//! The durable state represents what state would result if a crash
//! happened now. It forms this representation by predicting, every
//! time a write occurs, which of the bytes in that write will be made
//! durable before the next crash. Of course, this prediction can't be
//! made in reality, but that doesn't stop us from making the
//! prediction in ghost state.
//!
//! The semantics of a flush is that, if you're calling flush right
//! now, the predictor must have predicted that all outstanding
//! written bytes would be flushed to persistent memory before the
//! next crash. So a *precondition* of a flush operation is that the
//! read state matches the durable state.
//!
//! Modeling with an omniscient predictor is naturally unrealistic.
//! But in Perennial, it's been proved that any program correct under
//! the prophecy model is correct under the traditional model of a
//! storage system. So the model is a reasonable and sound one.
//!
//! Another thing this file models is how bit corruption manifests,
//! in terms of a Hamming bound (i.e., total number of bits that could
//! be corrupted on read).

use crate::pmem::pmcopy_t::*;
use crate::pmem::hamming_t::*;


verus! {

    // This function is used to copy bytes from a slice to a newly-allocated vector.
    // `std::slice::copy_from_slice` requires that the source and destination have the
    // same length, so this function allocates a buffer with the correct length, 
    // obtains a mutable reference to the vector as a slice, and copies the 
    // source bytes in. 
    //
    // This must be implemented in an external_body function because Verus does not
    // support the vec! macro and does not support mutable references.
    
    
    // This function indicates that the given bytes were read from
    // storage. If the storage was impervious to corruption, the bytes
    // are the last bytes written. Otherwise, they're a
    // possibly-corrupted version of those bytes.
    
    
    
    
    // This proof function is marked verifier::external_body to assume that the
    // CRC64 function, as captured by spec_crc_bytes(), correctly achieves the
    // Hamming bounds described in spec_crc_hamming_bound.  This is, in principle,
    // provable from the definition of the CRC64 function, but in practice it's
    // messy to prove, so we assume it as an axiom.
    
    // This executable method can be called to compute the CRC of a
    // sequence of bytes. It uses the `crc` crate.
    
    
     // CRC(b"0")
     // CRC(b"1")

    
    
    
    
    
    
    
    
    
    // The struct `PersistentMemoryConstants` contains fields that
    // remain the same across all operations on persistent memory.

    
    
    
    // This function extracts the subsequence of `bytes` that lie
    // between `pos` and `pos + len` inclusive of `pos` but exclusive
    // of `pos + len`.
    
}
}
pub mod pmemutil_v {
//! This file contains lemmas and utility executable functions about
//! persistent memory regions.
//!
//! The code in this file is verified and untrusted (as indicated by
//! the `_v.rs` suffix), so you don't have to read it to be confident
//! of the system's correctness.

use crate::pmem::crc_t::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::crc_t::*;
use crate::pmem::hamming_t::*;
use crate::pmem::hamming_v::*;

verus! {
    
    
    
    // This executable function checks whether the given CRC read from
    // persistent memory is the actual CRC of the given bytes read
    // from persistent memory. It returns a boolean indicating whether
    // the check succeeds.
    //
    // It guarantees that, if the CRC last written to memory really
    // was the CRC of the data last written to memory, then:
    //
    // 1) If the function returns `true`, then the data read from
    // memory (`data_c`) constitute an uncorrupted copy of the correct
    // bytes last written to memory.
    //
    // 2) If the function returns `false`, then the persistent memory
    // region collection the data and CRC were read from are not
    // impervious to corruption.
    //
    // Parameters:
    //
    // `data_c` -- the possibly corrupted data read from memory
    //
    // `crc_c` -- the possibly corrupted CRC read from memory
    //
    // `true_bytes` (ghost) -- the true contents of the part of memory
    // that was read from
    //
    // `impervious_to_corruption` (ghost) -- whether that memory is
    // impervious to corruption
    //
    // `data_addr` (ghost) -- where the data were read from in memory
    //
    // `crc_addr` (ghost) -- where the CRC was read from in memory
    
    
    // This function converts the given encoded CDB read from persistent
    // memory into a boolean. It checks for corruption as it does so. It
    // guarantees that if it returns `Some` then there was no corruption,
    // and that if it returns `None` then the memory isn't impervious to
    // corruption.
    //
    // Parameters:
    //
    // `cdb_c` -- the possibly corrupted encoded CDB read from memory
    //
    // `true_cdb_bytes` (ghost) -- the true contents of the part of memory that was read
    //
    // `impervious_to_corruption` (ghost) -- whether that memory is
    // impervious to corruption
    //
    // `cdb_addr` (ghost) -- where the CDB was read from in memory
    //
    // Return value:
    //
    // `Some(b)` -- the encoded CDB is uncorrupted and encodes the boolean
    // `b`
    //
    // `None` -- corruption was detected, so the persistent memory regions
    // can't be impervious to corruption
    // 
    // We assume here that the CDB is stored contiguously, which will always be true
    // because we don't write CDBs to the log. If we do ever attempt to use this function
    // to check a CDB that was written to the log, verification will fail because the
    // addresses don't work out.
    
    /// If the only outstanding write is `const_persistence_chunk_size()`-sized and
    /// -aligned, then there are only two possible resulting crash states,
    /// one with the write and one without.

    // This lemma establishes that, if we write a
    // `const_persistence_chunk_size()`-aligned segment of length
    // `const_persistence_chunk_size()`, then there are only two
    // possible crash states that can happen after the write is
    // initiated. In one of those crash states, nothing has changed;
    // in the other, all the written bytes have been updated according
    // to this write.
    
    // This lemma establishes that, if we write a
    // `const_persistence_chunk_size()`-aligned segment of length
    // `const_persistence_chunk_size()`, then there are only two
    // possible crash states that can happen after the write is
    // initiated. In one of those crash states, nothing has changed;
    // in the other, all the written bytes have been updated according
    // to this write.
    
    // This function describes what it means for a certain set of
    // addresses to be inaccessible (i.e., irrelevant) to recovery
    // given the current state. It means that no matter what the
    // bytes at those addresses are set to, the recovery function
    // gives the same result.
    
    // This lemma establishes that, if we only write to addresses
    // that aren't accessed by a recovery function, then all additional
    // crash states introduced have the same recovered-to state as the
    // current one.
    
    // This lemma establishes that, if we only write to addresses
    // that aren't accessed by a recovery function, then all additional
    // crash states introduced have the same recovered-to state as the
    // current one.
    
    // Calculates the CRC for a single `PmCopy` object.
    
    
    // This lemma establishes that for any `i` and `n`, if
    //
    // `forall |k| 0 <= k < n ==> mem1[i+k] == mem2[i+k]`
    //
    // holds, then
    //
    // `extract_bytes(mem1, i, n) == mem2.extract_bytes(mem2, i, n)`
    //
    // also holds.
    //
    // This is an obvious fact, so the body of the lemma is
    // empty. Nevertheless, the lemma is useful because it establishes
    // a trigger. Specifically, it hints Z3 that whenever Z3 is
    // thinking about two terms `extract_bytes(mem1, i, n)` and
    // `extract_bytes(mem2, i, n)` where `mem1` and `mem2` are the
    // specific memory byte sequences passed to this lemma, Z3 should
    // also think about this lemma's conclusion. That is, it should
    // try to prove that
    //
    // `forall |k| 0 <= k < n ==> mem1[i+k] == mem2[i+k]`
    //
    // and, whenever it can prove that, conclude that
    //
    // `extract_bytes(mem1, i, n) == mem2.extract_bytes(mem2, i, n)`
    
    // This lemma proves that a subrange of a subrange is equal to the result of a single call to subrange.
    
    // This lemma proves that a subrange of a subrange is equal to the result of a single call to
    // subrange.
    
    
    
    // This lemma proves that doing an update followed by a subrange gives you the
    // updated bytes.
    
    
    
    
    
    
    
    
        

}
}
pub mod pmcopy_t {
//! This file contains the trusted specification of several traits that 
//! help us prove that reading from PM is safe. Some of the traits in this 
//! file correspond to macros defined in the `pmcopy` crate in this repository.
//! It is also related to some external traits defined and specified 
//! in pmem/traits_t.rs.
//! 
//! Both reading and writing to PM is potentially dangerous; this file 
//! focuses on ensuring that reads are safe. We want to be able to 
//! read bytes from PM and then cast them to some target type T,
//! but this may result in undefined behavior if the bytes are 
//! an invalid T value. Thus, before doing such a cast, we 
//! need to be sure that 1) the bytes we are reading have been 
//! properly initialized with a valid T and 2) they have not been
//! corrupted. 
//! 
//! We also need to be sure that proofs use the correct size for T.
//! This is tricky, because Verus has no way of obtaining the size 
//! in bytes of a structure. Rust's std::mem::size_of function
//! can give the size of a type in constant contexts, but this is 
//! an exec function that cannot be used in spec or proof code.
//! 
//! This file contains the `PmCopy` trait, which indicates whether
//! a type is safe to copy from PM and defines some methods and 
//! axioms for dealing with such structures.

use crate::pmem::pmemspec_t::*;
use vstd::bytes;
use vstd::bytes::*;
use vstd::prelude::*;
use vstd::layout::*;
use crate::pmem::traits_t::{PmSized, PmSafe, UnsafeSpecPmSized};

use crc64fast::Digest;
use pmcopy::pmcopy_primitive;
use core::slice;
use std::convert::TryInto;
use std::ptr;
use std::mem::MaybeUninit;

verus! {
    pub broadcast group pmcopy_axioms {
        axiom_to_from_bytes,
        axiom_u64_to_le_bytes,
    }

    // PmCopy provides functions to help reason about copying data to and from persistent memory.
    // It is a subtrait of PmSafe (a marker trait indicating that the type is safe to write to persistent memory)
    // and PmSized/SpecPmSized (which provide reliable information about the size of the implementing struct in 
    // bytes for use in ghost code).

    // PmCopy (together with the PmCopyHelper trait, which provides a blanket implementation of 
    // method we want PmCopy objects to have) indicates whether an object is safe to 
    // read from PM and provides methods to help prove that such reads are safe. 
    // It is a subtrait of several unsafe traits -- PmSafe and PmSized -- that should
    // only be implemented by structures using #[derive]. 
    // 
    // There is currently no derive macro for PmCopy, but since it is a safe trait with 
    // no associated functions, it can be implemented directly in safe, verified code.
    // If compilation of such an implementation succeeds, the implementor is safe
    // to read from PM.
    //
    // Implicit in this definition is that `PmCopy` types must be repr(C);
    // the macros that derive `PmSized` and `PmSafe` require that the deriving
    // type be repr(C), as this is the best way to ensure a predictable in-memory
    // layout and size.
    pub trait PmCopy : PmSized + SpecPmSized + Sized + PmSafe + Copy + CloneProof + EqProof {}

    // PmCopyHelper is a subtrait of PmCopy that exists to provide a blanket
    // implementation of these methods for all PmCopy objects. 
    pub trait PmCopyHelper : PmCopy {
        // `spec_to_bytes` is an uninterpreted method that returns a byte
        // representation of `self`. 
        spec fn spec_to_bytes(self) -> Seq<u8>;

        // `spec_from_bytes` is the inverse of spec_to_bytes. It only returns
        // valid instances of T, because only valid instances of T can be
        // converted to bytes using `spec_to_bytes`. Its relationship 
        // to `spec_to_bytes` is axiomatized by `axiom_to_from_bytes`.
        spec fn spec_from_bytes(bytes: Seq<u8>) -> Self;

        
        // `spec_crc` returns the CRC of the given value as a u64. 
        
        // This method returns a reference to self as an immutable slice of bytes.
        // This is useful when doing operations like appending to a log where we 
        // need to have a runtime byte representation of the value to pass 
        // to another function.
        
                        // out@ == self.spec_to_bytes();
        // // This function consumse self and returns it as a vector of bytes.
        // // This is mainly useful in the YCSB FFI layer to interop with Java.
        // // 
        // exec fn as_byte_vec(self) -> (out: Vec<u8>)
        //     ensures 
        //         out@ == self.spec_to_bytes();

    }

    
    // The following axioms are brodcast in the `pmcopy_axioms`
    // group. 

    // `axiom_bytes_len` axiomatizes the fact that a byte 
    // representation of some PmCopy value S has size
    // S::spec_size_of(). Since `spec_to_bytes` is uninterpreted,
    // we cannot prove that this is true; the PmSized macro helps
    // us check that this is the case, but that macro still must 
    // be audited to ensure that S::spec_size_of() and the runtime 
    // size_of functions return the same value.
    
    // `axiom_to_from_bytes` axiomatizes the fact that converting any
    // PmCopy value `s` to bytes and back results in the original value. 
    // This axiom has no preconditions because `s` is necessarily
    // a valid instance of its type.
    pub broadcast proof fn axiom_to_from_bytes<S: PmCopy>(s: S)
        ensures 
            s == #[trigger] S::spec_from_bytes(s.spec_to_bytes())
    {
        admit();
    }

    pub broadcast proof fn axiom_u64_to_le_bytes(v: u64)
        ensures 
            v.spec_to_bytes() == #[trigger] spec_u64_to_le_bytes(v)
    {
        admit();
    }

    
    // u64 must implement PmCopy for CRC management
    
    // MaybeCorruptedBytes<S> is a container for bytes that have been read 
    // from PM and represent a valid S in the absence of corruption. It 
    // provides methods to help check that the bytes have not been corrupted
    // and then cast them to an S. 
    // 
    // This structure is external_body because it uses a `MaybeUninit` to store
    // the bytes. We cannot cast the bytes to an S before checking for corruption, 
    // as this could cause UB if the bytes are corrupted. Using `MaybeUninit` 
    // avoids UB and also ensures that the DRAM location of the S is properly
    // aligned, which is also important for safety when we eventually cast 
    // the bytes to an S.
    
    
    
    
    
    // Our trusted specification of primitive sizes assumes that usize and 
    // isize are 8 bytes. These directives have Verus check this assumption.
    global size_of usize == 8;
    global size_of isize == 8;

    // SpecPmSized defines the spec counterparts of the external trait
    // PmSized, which provides methods for calculating the size 
    // of a user-defined structure that needs to be stored on PM. 
    // PmSized can only be derived via a trusted macro (defined in the
    // pmcopy crate) and uses compile-time assertions to check that
    // the calculated size is the same as the true size. This helps
    // us check that we are using the correct size for PM-resident
    // structures in ghost code, where their size is not usually
    // accessible.
    //
    // Due to restrictions on const traits and associated constants
    // in Rust and Verus, these spec methods must be defined in a separate
    // trait from the exec methods they specify. SpecPmSized is a subtrait
    // of the external unsafe trait UnsafeSpecPmSized to ensure that 
    // structures only implement it if they use the provided derive macros.
    pub trait SpecPmSized : UnsafeSpecPmSized {
        spec fn spec_size_of() -> nat;
            }

    // User-defined structures that derive PmSized have their 
    // size calculated based on the size and alignment of the
    // struct's fields. The size and alignment of safe primitives
    // are hardcoded in pmcopy/pmcopy_macros.rs and implementations
    // for primitive types based on these values are generated
    // by the pmcopy_primitive! macro. The macro also generates
    // compile-time assertions to check that the hardcoded sizes
    // and alignments are correct.
    pmcopy_primitive!(u8);
    pmcopy_primitive!(u16);
    pmcopy_primitive!(u32);
    pmcopy_primitive!(u64);
    pmcopy_primitive!(u128);
    pmcopy_primitive!(usize);
    pmcopy_primitive!(i8);
    pmcopy_primitive!(i16);
    pmcopy_primitive!(i32);
    pmcopy_primitive!(i64);
    pmcopy_primitive!(i128);
    pmcopy_primitive!(isize);
    pmcopy_primitive!(bool);
    pmcopy_primitive!(char);
    // floats are not currently supported by the verifier
    // pmcopy_primitive!(f32);
    // pmcopy_primitive!(f64);

    // Arrays are PmSized and PmSafe, but since the implementation is generic
    // we provide a manual implementation here rather than using the macro.
    // Unsafe implementations of PmSized and UnsafeSpecPmSized live in traits_t.rs
    
    // This spec function implements an algorithm for determining the amount of 
    // padding needed before the next field in a repr(C) structure to ensure it is aligned.
    // This is the same algorithm described here:
    // https://doc.rust-lang.org/reference/type-layout.html#the-c-representation
    
    // This function calculates the amount of padding needed to align the next field in a struct.
    // It's const, so we can use it const contexts to calculate the size of a struct at compile time.
    // This function is also verified.
    
    pub trait CloneProof : Sized + Clone {
            }

    pub trait EqProof : Sized + Eq + PartialEq {
            }

}
}
pub mod power_t {
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;


verus! {


// PersistentMemoryRegionAtomic wraps a PersistentMemoryRegion in a logically-atomic
// style specification with a ghost resource, which can be used to reason about
// possible crash states using an atomic invariant.  This enforces the soundness
// of the PoWER interface defined in power_v.rs.


}
}
// pub mod subregion_v;
pub mod traits_t {
//! This file defines external and unsafe traits PmSized 
//! and PmSafe that are used to prove that accesses to PM
//! are safe. Aside from the hardcoded unsafe implementations
//! in this file, these traits should *ONLY* be implemented
//! via derive macros, which are defined in the pmcopy crate.
//! 
//! Both reading and writing to PM are potentially dangerous
//! operations. It is not crash-safe to write a structure with
//! references to external resources (e.g., references, raw pointers,
//! file descriptors), as these resources may be lost in a crash,
//! causing a dangling reference upon recovery. The PmSafe marker
//! trait establishes which types are safe to write to PM and can
//! only be derived for safe types.
//! 
//! To read safely from PM, we need to know the runtime size and
//! alignment of the structure we are reading so that we can 
//! eventually cast the read bytes to a more useful type without
//! risking UB. The PmSized and ConstPmSized traits provide 
//! methods to calculate the runtime size and alignment alongside
//! the SpecPmSized trait (defined in pmem/pmcopy_t.rs) and check
//! that the calculated size is correct, which helps us ensure 
//! that proofs use the correct size for structures. 

use vstd::prelude::*;
use pmcopy::PmCopy;

use super::pmcopy_t::SpecPmSized;

// The `PmSafe` marker trait indicates whether a structure is safe to 
// write to PM. This trait should only implemented via its derive macro
// for user-defined structures.
pub unsafe trait PmSafe {}

// Numeric types and arrays are all always PmSafe.
// The PmSafe derive macro can derive PmSafe for any structure
// that contains only PmSafe types.

// These types are PmSafe because they do not contain references to external
// resources. Note, however, that extra care must be taken when *reading* them,
// as attempting to cast invalid bytes to one of these types will cause UB.
// Any type that we wish to read from PM must implement the PmCopy trait,
// defined in pmem/pmcopy_t.rs, which provides additional conditions and methods
// for making sure such reads are safe.

verus! {
    
    
    
    // The specifications of these methods in ExPmSized are 
    // not useable in verified code; use these verified wrappers
    // instead to obtain the runtime size and alignment of a type.
    pub fn size_of<S: PmSized>() -> (out: usize)
        ensures 
            out as nat == S::spec_size_of()
    {
        S::size_of()
    }

    }

// The unsafe trait PmSized provides non-const exec methods that return the size and alignment
// of a type as calculated by the PmSize derive macro. This trait is visible to Verus via 
// an external trait specification, which axiomatizes that the size and alignment given by these 
// methods match that which is given by the spec functions. Due to limitations in Verus and Rust,
// we can't make implementations of this trait or its methods constant. We use the trait 
// ConstPmSized below, which is not visible to Verus, to obtain constant size and alignment values,
// which are checked at compile time and should be returned by the methods of this trait.
//
// Ideally, this would be a constant trait defined within Verus, with verified methods. This is 
// not currently possible due to limitations in Verus, so we have to use this workaround.
pub unsafe trait PmSized : SpecPmSized {
    fn size_of() -> usize;
    }

// ConstPmSized's associated constants store the size and alignment of an implementing 
// type as calculated by the PmSized derive macro. This trait is not visible to Verus,
// since Verus does not currently support associated constants. The size_of and align_of
// methods in PmSized, which ARE visible to Verus but are external-body, return 
// these associated constants.

// This unsafe marker trait is a supertrait of SpecPmSized to ensure that
// types cannot safely provide their own implementations of SpecPmSized. 
// This is a workaround for the fact that Verus does not support unsafe traits;
// only externally-defined traits can be unsafe.
pub unsafe trait UnsafeSpecPmSized {}

// Arrays are PmSized and PmSafe, but since the implementation is generic
// we provide a manual implementation here rather than using the pmcopy_primitive!
// macro. These traits are unsafe and must be implemented outside of verus!.


}

// Proof of correspondence between prophecy-based model of persistent
// memory durability and an explicit asynchronous model of persistent
// memory writes.
}



verus! {


}
