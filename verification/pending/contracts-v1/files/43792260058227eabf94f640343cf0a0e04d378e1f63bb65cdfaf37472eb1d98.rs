

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

    pub proof fn indexes_first<T>(s: Seq<T>, indexes: Seq<int>)
        requires
            indexes.len() > 0,
            valid_indexes(s, indexes),
        ensures
            S(s)[indexes] =~= seq![s[indexes.first()]] + S(s)[indexes.drop_first()],
            valid_index(s, indexes.first()),
            valid_indexes(s, indexes.drop_first()),
    {
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
