

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

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
use vstd::bytes::*;
use vstd::prelude::*;

use crc64fast::Digest;

verus! {

    // Helper struct to hide the external crc64fast Digest type
    // from Verus while still keeping ghost state associated with it
    #[verifier::external_body]
    struct ExternalDigest
    {
        digest: Digest
    }

    // A structure for obtaining CRCs of byte sequences and/or
    // PmCopy objects and writing proofs about them.
    pub struct CrcDigest
    {
        digest: ExternalDigest,
        bytes_in_digest: Ghost<Seq<u8>>,
    }

    impl CrcDigest
    {
        // The ghost state that tracks the bytes that have been digested so far.
        pub closed spec fn bytes_in_digest(self) -> Seq<u8>
        {
            self.bytes_in_digest@
        }

        // Creates a new `CrcDigest` object with an empty digest.
        #[verifier::external_body]
        pub fn new() -> (output: Self)
            ensures
                output.bytes_in_digest() == Seq::<u8>::empty()
,
        {
            Self {
                digest: ExternalDigest{ digest: Digest::new() },
                bytes_in_digest: Ghost(Seq::<u8>::empty())
            }
        }

        // Writes a `PmCopy` object to the digest and updates the ghost state
        // accordingly.
        #[verifier::external_body]
        pub fn write<S>(&mut self, val: &S)
            where
                S: PmCopy,
            ensures
                self.bytes_in_digest() == old(self).bytes_in_digest() + val.spec_to_bytes(),
        {
            // Cast `val` to bytes, then add them to the digest.
            // The crc64fast crate that we use computes the CRC iteratively and does
            // not store copies of the bytes we write to the digest, so this
            // will (hopefully) not incur any copying beyond what is directly
            // necessary to compute the CRC.
            let num_bytes: usize = S::size_of().try_into().unwrap();
            let s_pointer = val as *const S;
            let bytes_pointer = s_pointer as *const u8;
            // SAFETY: `bytes_pointer` always points to `num_bytes` consecutive, initialized
            // bytes because it was obtained by casting a regular Rust object reference
            // to a raw pointer.
            let bytes = unsafe {
                std::slice::from_raw_parts(bytes_pointer, num_bytes)
            };
            self.digest.digest.write(bytes);
        }

        // Writes a slice of bytes to the digest and updates the ghost state
        // accordingly.
        #[verifier::external_body]
        pub fn write_bytes(&mut self, val: &[u8])
            ensures 
                self.bytes_in_digest() == old(self).bytes_in_digest() + val@,
        {
            self.digest.digest.write(val);
        }

        // Computes and returns the CRC for the sequence of bytes in the digest.
        #[verifier::external_body]
        pub fn sum64(&self) -> (output: u64)
            ensures
                output == spec_crc_u64(self.bytes_in_digest()),
                output.spec_to_bytes() == spec_crc_bytes(self.bytes_in_digest()),

        {
            self.digest.digest.sum64()
        }
    }
}
}
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
    pub open spec fn popcnt_seq(l: Seq<u8>) -> Seq<nat> {
        l.map_values(|v: u8| popcnt_byte(v))
    }

    // Computes the population count of a byte sequence, i.e., the
    // number of its bits that are 1, ranging across all bits of all
    // its byte
    pub open spec fn popcnt(l: Seq<u8>) -> nat {
        sum(popcnt_seq(l))
    }

    // Bitwise XOR and AND for sequences
    pub open spec fn xor(a: Seq<u8>, b: Seq<u8>) -> Seq<u8> {
        a.zip_with(b).map_values(|v: (u8, u8)| v.0 ^ v.1)
    }

    // Definition of Hamming distance
    pub open spec fn hamming(a: Seq<u8>, b: Seq<u8>) -> nat {
        popcnt(xor(a, b))
    }
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

    proof fn popcnt_remove(l: Seq<u8>, i: int)
        requires
            0 <= i < l.len()
        ensures
            popcnt(l) == popcnt_byte(l[i]) + popcnt(l.remove(i))
    {
        sum_remove(popcnt_seq(l), i);
        assert(popcnt_seq(l).remove(i) == popcnt_seq(l.remove(i)));
    }

    proof fn popcnt_indexes(s: Seq<u8>, idx: Seq<int>)
        requires
            valid_indexes(s, idx)
        ensures
            popcnt_seq(S(s)[idx]) =~= S(popcnt_seq(s))[idx]
        decreases
            idx.len()
    {
        if idx.len() > 0 {
            popcnt_indexes(s, idx.drop_first());
            indexes_first(s, idx);
            assert(popcnt_seq(seq![s[idx[0]]] + S(s)[idx.drop_first()]) =~=
                   seq![popcnt_byte(s[idx[0]])] + popcnt_seq(S(s)[idx.drop_first()]));
        }
    }

    pub proof fn popcnt_indexes_le(s: Seq<u8>, idx: Seq<int>)
        requires
            idx.no_duplicates(),
            valid_indexes(s, idx),
        ensures
            popcnt(S(s)[idx]) <= popcnt(s)
    {
        assert(forall |i: int| 0 <= i < idx.len() ==> valid_index(s, idx[i]) ==> #[trigger] valid_index(popcnt_seq(s), idx[i]));
        sum_indexes(popcnt_seq(s), idx);
        popcnt_indexes(s, idx);
    }

    pub proof fn popcnt_index_le(s: Seq<u8>, idx: int)
        requires
            valid_index(s, idx)
        ensures
            popcnt_byte(s[idx]) <= popcnt(s)
    {
        popcnt_remove(s, idx);
    }

    pub proof fn popcnt_ext_le(s1: Seq<u8>, s2: Seq<u8>)
        requires
            s1.len() == s2.len(),
            forall |i: int| 0 <= i < s1.len() ==> #[trigger] popcnt_byte(s1[i]) <= popcnt_byte(s2[i]),
        ensures
            popcnt(s1) <= popcnt(s2)
        decreases
            s1.len(),
    {
        if s1.len() > 0 {
            popcnt_remove(s1, 0);
            popcnt_remove(s2, 0);
            popcnt_ext_le(s1.drop_first(), s2.drop_first());
        }
    }

    
    
    pub proof fn byte_and_zero(a: u8)
        ensures
            a & 0 == 0
    {
        assert(a & 0 == 0) by (bit_vector)
    }

    pub proof fn byte_xor_mask_popcnt_byte_le(a: u8, mask: u8, b: u8)
        ensures
            popcnt_byte((a ^ (mask & b)) ^ a) <= popcnt_byte(b)
    {
        assert(_popcnt_byte((a ^ (mask & b)) ^ a) <= _popcnt_byte(b)) by (bit_vector);
    }

    
    
    
    
    
    pub proof fn popcnt_byte_zero(a: u8)
        requires
            popcnt_byte(a) == 0
        ensures
            a == 0
    {
        assert(_popcnt_byte(a) == 0 ==> a == 0) by (bit_vector);
    }

    pub proof fn xor_byte_zero(a: u8)
        ensures
            a ^ 0u8 == a,
    {
        assert(a ^ 0 == a) by (bit_vector);
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
use core::fmt::Debug;
use vstd::bytes::*;
use vstd::prelude::*;

use crc64fast::Digest;

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
    pub open spec fn bytes_read_from_storage(
        read_bytes: Seq<u8>,
        true_bytes: Seq<u8>,
        addr: int,
        pmc: PersistentMemoryConstants
    ) -> bool
    {
        let addrs = Seq::<int>::new(true_bytes.len(), |i: int| i + addr);
        pmc.valid() &&
        pmc.maybe_corrupted(read_bytes, true_bytes, addrs)
    }

    pub open spec fn spec_crc_bytes(bytes: Seq<u8>) -> Seq<u8> {
        spec_crc_u64(bytes).spec_to_bytes()
    }

    pub uninterp spec fn spec_crc_u64(bytes: Seq<u8>) -> u64;

    pub open spec fn spec_crc_hamming_bound(len: nat) -> nat {
        // From https://users.ece.cmu.edu/~koopman/crc/crc64.html as one example.
        // For the CRC64-ECMA variant.
        if len <= (32768+7)/8 {
            8
        } else if len <= (32768+7)/8 {
            7
        } else if len <= (126701+7)/8 {
            6
        } else if len <= (126701+7)/8 {
            5
        } else if len <= (8589606850+7)/8 {
            4
        } else if len <= (8589606850+7)/8 {
            3
        } else {
            2
        }
    }

    // This proof function is marked verifier::external_body to assume that the
    // CRC64 function, as captured by spec_crc_bytes(), correctly achieves the
    // Hamming bounds described in spec_crc_hamming_bound.  This is, in principle,
    // provable from the definition of the CRC64 function, but in practice it's
    // messy to prove, so we assume it as an axiom.
    #[verifier::external_body]
    pub proof fn crc_hamming_bound_valid(bytes1: Seq<u8>, bytes2: Seq<u8>, crc1: Seq<u8>, crc2: Seq<u8>)
        requires
            crc1 == spec_crc_bytes(bytes1),
            crc2 == spec_crc_bytes(bytes2),
            (bytes1 + crc1).len() == (bytes2 + crc2).len(),
        ensures
            bytes1 == bytes2 ||
            hamming(bytes1 + crc1, bytes2 + crc2) >= spec_crc_hamming_bound((bytes1 + crc1).len())
    {}

    // This executable method can be called to compute the CRC of a
    // sequence of bytes. It uses the `crc` crate.
    
    #[inline(always)]
    pub exec fn compare_crcs(crc1_bytes: &[u8], crc2: u64) -> (out: bool)
        requires 
            crc1_bytes@.len() == u64::spec_size_of(),
        ensures 
            out <==> crc1_bytes@ == crc2.spec_to_bytes(),
    {
        broadcast use pmcopy_axioms;
        assert(spec_u64_to_le_bytes(spec_u64_from_le_bytes(crc1_bytes@)) == crc1_bytes@) by {
            lemma_auto_spec_u64_to_from_le_bytes();
        }
        u64_from_le_bytes(crc1_bytes) == crc2
    }

     // CRC(b"0")
     // CRC(b"1")

    
    
    
    
    
    
    
    
    
    // The struct `PersistentMemoryConstants` contains fields that
    // remain the same across all operations on persistent memory.

    pub struct PersistentMemoryConstants {
        // Mask of corrupted bits on this persistent memory device.
        pub corruption: Seq<u8>,
    }

    impl PersistentMemoryConstants {
        pub open spec fn impervious_to_corruption(self) -> bool {
            popcnt(self.corruption) == 0
        }

        pub open spec fn valid(self) -> bool {
            popcnt(self.corruption) < 2
        }

        pub open spec fn maybe_corrupted_byte(self, byte: u8, true_byte: u8, addr: int) -> bool {
            &&& 0 <= addr < self.corruption.len()
            &&& exists |mask: u8| byte == #[trigger] (true_byte ^ (mask & self.corruption[addr]))
        }

        // A sequence of bytes `bytes` read from addresses `addrs` is a
        // possible corruption of the actual last-written bytes
        // `true_bytes` to those addresses if those addresses are all
        // distinct and if each corresponding byte pair is related by
        // `maybe_corrupted_byte`.
        pub open spec fn maybe_corrupted(self, bytes: Seq<u8>, true_bytes: Seq<u8>, addrs: Seq<int>) -> bool {
            &&& bytes.len() == true_bytes.len() == addrs.len()
            &&& forall |i: int| #![auto] 0 <= i < bytes.len() ==> self.maybe_corrupted_byte(bytes[i], true_bytes[i], addrs[i])
        }
    }

    
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
use vstd::bytes::*;
use vstd::prelude::*;

verus! {
    broadcast use pmcopy_axioms;

    
    impl PersistentMemoryConstants {
        proof fn maybe_corrupted_byte_popcnt(self, byte: u8, true_byte: u8, addr: int)
            requires
                self.maybe_corrupted_byte(byte, true_byte, addr)
            ensures
                popcnt_byte(byte ^ true_byte) <= popcnt_byte(self.corruption[addr])
        {
            let c = self.corruption[addr];
            assert forall |mask: u8| popcnt_byte(#[trigger] (true_byte ^ (mask & c)) ^ true_byte) <= popcnt_byte(c) by {
                byte_xor_mask_popcnt_byte_le(true_byte, mask, c);
            };
        }

        pub proof fn maybe_corrupted_zero_addrs(self, bytes: Seq<u8>, true_bytes: Seq<u8>, addrs: Seq<int>)
            requires
                self.maybe_corrupted(bytes, true_bytes, addrs),
                self.impervious_to_corruption(),
            ensures
                bytes =~= true_bytes
        {
            assert forall |i: int| 0 <= i < bytes.len() implies bytes[i] == true_bytes[i] by {
                popcnt_index_le(self.corruption, addrs[i]);
                popcnt_byte_zero(self.corruption[addrs[i]]);
                assert forall |mask: u8| (mask & 0) == 0 by {
                    byte_and_zero(mask);
                };
                xor_byte_zero(true_bytes[i]);
            };
        }

        pub proof fn maybe_corrupted_zero(self, bytes: Seq<u8>, true_bytes: Seq<u8>)
            requires
                exists |addrs: Seq<int>| #[trigger] self.maybe_corrupted(bytes, true_bytes, addrs),
                self.impervious_to_corruption(),
            ensures
                bytes =~= true_bytes
        {
            assert forall |addrs: Seq<int>| #[trigger] self.maybe_corrupted(bytes, true_bytes, addrs) implies bytes =~= true_bytes by {
                self.maybe_corrupted_zero_addrs(bytes, true_bytes, addrs);
            };
        }


        proof fn maybe_corrupted_hamming(self, bytes: Seq<u8>, true_bytes: Seq<u8>, addrs: Seq<int>)
            requires
                self.maybe_corrupted(bytes, true_bytes, addrs),
                addrs.no_duplicates(),
            ensures
                hamming(bytes, true_bytes) <= popcnt(self.corruption)
        {
            assert forall |i: int| 0 <= i < bytes.len() implies #[trigger] popcnt_byte(bytes[i] ^ true_bytes[i]) <= popcnt_byte(self.corruption[addrs[i]]) by {
                self.maybe_corrupted_byte_popcnt(bytes[i], true_bytes[i], addrs[i]);
            };
            popcnt_ext_le(xor(bytes, true_bytes), S(self.corruption)[addrs]);
            popcnt_indexes_le(self.corruption, addrs);
        }

        proof fn _maybe_corrupted_crc(self,
                                      x_c: Seq<u8>, x: Seq<u8>, x_addrs: Seq<int>,
                                      y_c: Seq<u8>, y: Seq<u8>, y_addrs: Seq<int>)
            requires
                x_c.len() == x.len(),
                y == spec_crc_bytes(x),
                y_c == spec_crc_bytes(x_c),
                (x_addrs + y_addrs).no_duplicates(),
                self.maybe_corrupted(x_c, x, x_addrs),
                self.maybe_corrupted(y_c, y, y_addrs),
                popcnt(self.corruption) < spec_crc_hamming_bound((x+y).len()),
            ensures
                x == x_c
        {
            self.maybe_corrupted_hamming(x_c + y_c, x + y, x_addrs + y_addrs);
            crc_hamming_bound_valid(x_c, x, y_c, y);
        }

       /// The first main lemmas about corruption, `_maybe_corrupted_crc` above,
        /// is that if we have byte sequences `x` and `y` stored in persistent memory,
        /// where `y` is the CRC of `x`, then we can detect an absence of corruption
        /// by reading both of them and checking the CRC checksum.
        ///
        /// Specifically, if we read from those locations and get `x_c` and `y_c`
        /// (corruptions of `x` and `y` respectively), and `y_c` is the CRC of `x_c`,
        /// and the total number of corrupted bits is smaller than CRC64's Hamming
        /// bound, then we can conclude that `x` wasn't corrupted, i.e., `x_c == x`.
        ///
        /// The valid() predicate of PersistentMemoryConstants asserts that the max
        /// number of corrupted bits is less than CRC64's Hamming bound for any length,
        /// which simplifies the statement of the `maybe_corrupted_crc` lemma.

        pub proof fn maybe_corrupted_crc(self,
                                         x_c: Seq<u8>, x: Seq<u8>, x_addrs: Seq<int>,
                                         y_c: Seq<u8>, y: Seq<u8>, y_addrs: Seq<int>)
            requires
                x_c.len() == x.len(),
                y == spec_crc_bytes(x),
                y_c == spec_crc_bytes(x_c),
                (x_addrs + y_addrs).no_duplicates(),
                self.maybe_corrupted(x_c, x, x_addrs),
                self.maybe_corrupted(y_c, y, y_addrs),
                self.valid(),
            ensures
                x == x_c
        {
            self._maybe_corrupted_crc(x_c, x, x_addrs, y_c, y, y_addrs);
        }

            }

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
    pub fn check_crc(
        data_c: &[u8],
        crc_c: &[u8],
        Ghost(true_bytes): Ghost<Seq<u8>>,
        Ghost(pmc): Ghost<PersistentMemoryConstants>,
        Ghost(data_addr): Ghost<int>,
        Ghost(crc_addr): Ghost<int>,
    ) -> (b: bool)
        requires
            pmc.valid(),
            crc_c@.len() == u64::spec_size_of(),
            bytes_read_from_storage(data_c@, true_bytes, data_addr, pmc),
            bytes_read_from_storage(crc_c@, spec_crc_bytes(true_bytes), crc_addr, pmc),
            ({
                let data_addrs = Seq::<int>::new(true_bytes.len(), |i: int| i + data_addr);
                let crc_addrs = Seq::<int>::new(spec_crc_bytes(true_bytes).len(), |i: int| i + crc_addr);
                (data_addrs + crc_addrs).no_duplicates()
            }),
        ensures
            if b {
                &&& data_c@ == true_bytes
                &&& crc_c@ == spec_crc_bytes(true_bytes)
            }
            else {
               !pmc.impervious_to_corruption()
            },
    {
        // Compute a CRC for the bytes we read.
        let computed_crc = calculate_crc_bytes(data_c);

        // Check whether the CRCs match. This is done in an external body function so that
        // we can convert the maybe-corrupted CRC to a u64 for comparison to the computed CRC.
        let crcs_match = compare_crcs(crc_c, computed_crc);

        proof {
            let true_crc_bytes = spec_crc_bytes(true_bytes);
            let data_addrs = Seq::<int>::new(true_bytes.len(), |i: int| i + data_addr);
            let true_crc_bytes = spec_crc_bytes(true_bytes);
            let crc_addrs = Seq::<int>::new(u64::spec_size_of(), |i: int| i + crc_addr);

            if pmc.impervious_to_corruption() {
                pmc.maybe_corrupted_zero(data_c@, true_bytes);
                pmc.maybe_corrupted_zero(crc_c@, true_crc_bytes);
            }

            if {
                &&& !pmc.impervious_to_corruption()
                &&& crcs_match
            } {
                pmc.maybe_corrupted_crc(data_c@, true_bytes, data_addrs, crc_c@, true_crc_bytes, crc_addrs);
            }
        }
        crcs_match
    }

    
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
    
    pub fn calculate_crc_bytes(val: &[u8]) -> (out: u64) 
        ensures 
            out == spec_crc_u64(val@),
            out.spec_to_bytes() == spec_crc_bytes(val@),
    {
        let mut digest = CrcDigest::new();
        digest.write_bytes(val);
        proof {
            lemma_auto_spec_u64_to_from_le_bytes();
        }
        digest.sum64()
    }

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
