

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

// pub mod log;
// pub mod multilog;
pub mod pmem {

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

use vstd::seq_lib::*;
use vstd::relations::*;

verus! {
    // Functions related to multi-indexing of a sequence.

    // Indicates if the given integer is a valid index for the given sequence.
    
    // Indicates if the given sequence of integers is a valid multi-index for the given sequence.
    
    // Proves that any permutation of a valid multi-index is also valid.
    
    // WSeq is just a wrapper for Seq that provides better notation
    // for a multi-index operator through its spec_index().
    
    
    // Constructs a WSeq from a Seq.
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn byte_and_zero(a: u8)
        ensures
            a & 0 == 0
    {
        assert(a & 0 == 0) by (bit_vector)
    }

    
    
    
    
    
    
    
    
    
    // Sequence of zeroes, for proving the existence of a sequence with a zero popcnt.
    
    
    
    // Key top-level lemma: proof that the Hamming distance of a
    // subset of indexes in a sequence is bounded by the Hamming
    // distance of the entire sequence.
    }
}
// pub mod subregion_v;

// Proof of correspondence between prophecy-based model of persistent
// memory durability and an explicit asynchronous model of persistent
// memory writes.
}



verus! {


}
