

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

// pub mod log;
// pub mod multilog;
pub mod pmem {

pub mod hamming_t {
// This file defines the Hamming distance between two byte sequences
// as the count of the number of bits that differ between the two. We
// use this for modeling patterns of expected bit corruption.

use vstd::prelude::*;
use vstd::seq_lib::*;
use vstd::relations::*;

verus! {
    // Computes the sum of the given sequence of natural numbers
    
    // Computes the population count of a byte, i.e., the number of
    // its bits that are 1.
    #[verifier::inline]
    pub open spec fn _popcnt_byte(a: u8) -> nat {
        let p0 = 1u8 & (a >> 0u8);
        let p1 = 1u8 & (a >> 1u8);
        let p2 = 1u8 & (a >> 2u8);
        let p3 = 1u8 & (a >> 3u8);
        let p4 = 1u8 & (a >> 4u8);
        let p5 = 1u8 & (a >> 5u8);
        let p6 = 1u8 & (a >> 6u8);
        let p7 = 1u8 & (a >> 7u8);
        let sum = add(p0, add(p1, add(p2, add(p3, add(p4, add(p5, add(p6, p7)))))));
        sum as nat
    }

    // Computes the population count of a byte, i.e., the number of
    // its bits that are 1.
    pub open spec fn popcnt_byte(a: u8) -> nat {
        _popcnt_byte(a)
    }

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
    
    // Indicates if the given sequence of integers is a valid multi-index for the given sequence.
    
    // Proves that any permutation of a valid multi-index is also valid.
    
    // WSeq is just a wrapper for Seq that provides better notation
    // for a multi-index operator through its spec_index().
    
    
    // Constructs a WSeq from a Seq.
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    proof fn popcnt_byte_and(a: u8, b: u8)
        ensures
            popcnt_byte(a&b) <= popcnt_byte(a),
            popcnt_byte(a&b) <= popcnt_byte(b),
    {
        assert(_popcnt_byte(a&b) <= _popcnt_byte(a)) by (bit_vector);
        assert(_popcnt_byte(a&b) <= _popcnt_byte(b)) by (bit_vector);
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
