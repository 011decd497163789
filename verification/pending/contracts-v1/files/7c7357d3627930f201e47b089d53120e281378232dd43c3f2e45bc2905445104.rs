

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
    pub open spec fn sum(l: Seq<nat>) -> nat {
        l.fold_right(|i, s: nat| { s+i as nat }, 0)
    }

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

    
    
    
    #[verifier::external_body]
    pub proof fn sum_concat(s1: Seq<nat>, s2: Seq<nat>)
        ensures
            sum(s1+s2) == sum(s1) + sum(s2)
    {
        unimplemented!()
    }

    #[verifier::external_body]
    pub proof fn sum_remove(s: Seq<nat>, i: int)
        requires
            0 <= i < s.len()
        ensures
            sum(s) == s[i] + sum(s.remove(i))
    {
        unimplemented!()
    }

    
    pub proof fn sum_indexes_helper(s: Seq<nat>, indexes: Seq<int>)
        requires
            indexes.no_duplicates(),
            valid_indexes(s, indexes),
            sorted_by(indexes, |x: int, y: int| x <= y),
        ensures
            sum(S(s)[indexes]) <= sum(s)
        decreases
            s.len()
    {
        if indexes.len() > 0 {
            let i = indexes.last();
            assert(valid_index(s, i));

            let s0 = s.subrange(0, i);
            let s1 = s.subrange(i, s.len() as int);
            assert(s == s0 + s1);
            sum_concat(s0, s1);

            assert forall |j: int| 0 <= j < indexes.drop_last().len() implies #[trigger] valid_index(s0, indexes.drop_last()[j]) by {
                let idx = indexes.drop_last()[j];
                assert(valid_index(s, idx));
                assert((|x: int, y: int| x <= y)(indexes[j], indexes.last()));
            }
            sum_indexes_helper(s0, indexes.drop_last());

            assert forall |j: int| 0 <= j < indexes.drop_last().len() implies 0 <= #[trigger] indexes.drop_last()[j] < s0.len() by {
                assert(valid_index(s0, indexes.drop_last()[j]));
            }

            reveal_with_fuel(Seq::fold_right, 2);
            sum_remove(s1, 0);
            assert(S(s0)[indexes.drop_last()] + S(s)[seq![i]] == S(s)[indexes]);
            sum_concat(S(s0)[indexes.drop_last()], S(s)[seq![i]]);
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
