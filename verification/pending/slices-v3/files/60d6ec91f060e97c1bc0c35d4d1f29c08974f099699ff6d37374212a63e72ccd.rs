

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
    pub proof fn valid_indexes_permute<T>(s: Seq<T>, idx1: Seq<int>, idx2: Seq<int>)
        requires
            valid_indexes(s, idx1),
            idx1.to_multiset() == idx2.to_multiset(),
        ensures
            valid_indexes(s, idx2)
    {
        assert forall |i: int| 0 <= i < idx2.len() implies #[trigger] valid_index(s, idx2[i]) by {
            let idx = idx2[i];
            idx1.to_multiset_ensures();
            idx2.to_multiset_ensures();
            assert(idx2.to_multiset().count(idx) > 0);
        }
    }

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

    
    pub proof fn indexes_permute<T>(s: Seq<T>, idx1: Seq<int>, idx2: Seq<int>)
        requires
            valid_indexes(s, idx1),
            idx1.to_multiset() == idx2.to_multiset(),
        ensures
            S(s)[idx1].to_multiset() =~= S(s)[idx2].to_multiset()
        decreases
            idx1.len()
    {
        idx1.to_multiset_ensures();
        idx2.to_multiset_ensures();
        S(s)[idx1].to_multiset_ensures();
        S(s)[idx2].to_multiset_ensures();
        if idx1.len() > 0 {
            let i = idx1.first();
            assert(idx1.to_multiset().contains(i));
            let idx2pos = idx2.index_of(i);

            let idx1rec = idx1.remove(0);
            let idx2rec = idx2.remove(idx2pos);

            indexes_permute(s, idx1rec, idx2rec);
            lemma_seq_union_to_multiset_commutative(seq![s[i]], S(s)[idx1rec]);
            lemma_multiset_commutative(S(s)[idx1rec], seq![s[i]]);

            seq![s[i]].to_multiset_ensures();
            assert(seq![s[i]].first() == s[i]);

            assert(S(s)[idx1] =~= seq![s[i]] + S(s)[idx1rec]);
            assert(S(s)[idx2rec] =~= S(s)[idx2].remove(idx2pos));
        }
    }

    pub proof fn sum_permute(s1: Seq<nat>, s2: Seq<nat>)
        requires
            s1.to_multiset() == s2.to_multiset()
        ensures
            sum(s1) == sum(s2)
    {
        lemma_fold_right_permutation(s1, s2, |i, s: nat| { s+i as nat }, 0)
    }

    pub proof fn sum_concat(s1: Seq<nat>, s2: Seq<nat>)
        ensures
            sum(s1+s2) == sum(s1) + sum(s2)
    {
        let s = s1+s2;
        assert(s1 == s.subrange(0, s1.len() as int));
        assert(s2 == s.subrange(s1.len() as int, s.len() as int));
        s.lemma_fold_right_split(|i, s: nat| { s+i as nat }, 0, s1.len() as int);
        s1.lemma_fold_right_commute_one(sum(s2), |i, s: nat| { s+i as nat }, 0);
    }

    pub proof fn sum_remove(s: Seq<nat>, i: int)
        requires
            0 <= i < s.len()
        ensures
            sum(s) == s[i] + sum(s.remove(i))
    {
        let s1 = s.subrange(0, i);
        let s2 = s.subrange(i, s.len() as int);
        assert(s == s1+s2);

        assert(s.remove(i) == s1 + s2.drop_first());

        sum_concat(s1, s2);
        assert(sum(s) == sum(s1) + sum(s2));
        sum_concat(s1, s2.drop_first());
        assert(sum(s.remove(i)) == sum(s1) + sum(s2.drop_first()));

        s2.lemma_fold_right_alt(|i, s: nat| { s+i as nat }, 0);
        s2.drop_first().lemma_fold_right_alt(|i, s: nat| { s+i as nat }, 0);
        assert(sum(s2) == s2[0] + sum(s2.drop_first()));
    }

    pub proof fn sum_indexes(s: Seq<nat>, idx: Seq<int>)
        requires
            idx.no_duplicates(),
            valid_indexes(s, idx),
        ensures
            sum(S(s)[idx]) <= sum(s)
    {
        idx.lemma_sort_ensures();
        let idx_sorted = idx.sort();
        idx.lemma_multiset_has_no_duplicates();
        idx_sorted.lemma_multiset_has_no_duplicates_conv();

        valid_indexes_permute(s, idx, idx_sorted);
        sum_indexes_helper(s, idx_sorted);
        indexes_permute(s, idx, idx_sorted);
        sum_permute(S(s)[idx], S(s)[idx_sorted]);
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
