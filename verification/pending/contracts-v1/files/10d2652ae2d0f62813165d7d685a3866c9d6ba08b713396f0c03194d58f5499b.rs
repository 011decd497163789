

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
    
    // Computes the population count of a byte, i.e., the number of
    // its bits that are 1.
    
    // Given a byte sequence, computes a population-count sequence
    // where each element of the resulting sequence is the population
    // count of the corresponding byte in the given sequence.
    
    // Computes the population count of a byte sequence, i.e., the
    // number of its bits that are 1, ranging across all bits of all
    // its byte
    
    // Bitwise XOR and AND for sequences
    pub open spec fn xor(a: Seq<u8>, b: Seq<u8>) -> Seq<u8> {
        a.zip_with(b).map_values(|v: (u8, u8)| v.0 ^ v.1)
    }

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
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn xor_comm(s1: Seq<u8>, s2: Seq<u8>)
        requires
            s1.len() == s2.len()
        ensures
            xor(s1, s2) =~= xor(s2, s1)
        decreases
            s1.len()
    {
        if s1.len() > 0 {
            let a = s1.first();
            let b = s2.first();
            assert(a^b == b^a) by (bit_vector);
            xor_comm(s1.drop_first(), s2.drop_first());
            assert(xor(s1, s2) == seq![xor(s1, s2).first()] + xor(s1, s2).drop_first());
            assert(xor(s1, s2).drop_first() == xor(s1.drop_first(), s2.drop_first()));
        }
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
