

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
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    #[verifier::external_body]
    pub proof fn byte_xor_xor(a: u8, b: u8)
        ensures
            (a^b) ^ a == b,
    {
        unimplemented!()
    }

    
    
    pub proof fn list_xor_xor(a: Seq<u8>, b: Seq<u8>)
        requires
            a.len() == b.len(),
        ensures
            xor(xor(a, b), a) =~= b,
        decreases
            a.len()
    {
        if a.len() > 0 {
            byte_xor_xor(a[0], b[0]);
            list_xor_xor(a.drop_first(), b.drop_first());
            assert(b == seq![b[0]] + b.drop_first());
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
