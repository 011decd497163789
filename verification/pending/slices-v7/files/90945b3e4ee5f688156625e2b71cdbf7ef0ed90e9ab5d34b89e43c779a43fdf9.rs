

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod kv2 {

pub mod concurrentspec_t {
use vstd::prelude::*;

use crate::pmem::pmcopy_t::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::traits_t::*;
use std::hash::Hash;
use super::spec_t::*;
use vstd::tokens::frac::*;

verus! {

#[verifier::reject_recursive_types(K)]
pub struct ConcurrentKvStoreView<K, I, L>
{
    pub ps: SetupParameters,
    pub pm_constants: PersistentMemoryConstants,
    pub kv: AtomicKvStore<K, I, L>,
}

impl<K, I, L> ConcurrentKvStoreView<K, I, L>
where
    K: Hash + PmCopy + Sized + std::fmt::Debug,
    I: PmCopy + Sized + std::fmt::Debug,
    L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    pub open spec fn valid(self) -> bool
    {
        self.ps.logical_range_gaps_policy == self.kv.logical_range_gaps_policy
    }

    }

pub trait ReadOnlyOperation<K, I, L>: Sized
{
    type KvResult;

    spec fn result_valid(self, ckv: ConcurrentKvStoreView<K, I, L>, result: Result<Self::KvResult, KvError>) -> bool;
}


pub trait ReadLinearizer<K, I, L, Op: ReadOnlyOperation<K, I, L>> : Sized
{
    type Completion;

    spec fn namespaces(self) -> Set<int>;

    spec fn pre(self, id: int, op: Op) -> bool;

    spec fn post(self, apply: Self::Completion, id: int, op: Op, result: Result<Op::KvResult, KvError>) -> bool;

    proof fn apply(
        tracked self,
        op: Op,
        result: Result<Op::KvResult, KvError>,
        tracked r: &GhostVarAuth<ConcurrentKvStoreView<K, I, L>>,
    ) -> (tracked complete: Self::Completion)
        requires
            self.pre(r.id(), op),
            op.result_valid(r@, result),
        ensures
            self.post(complete, r.id(), op, result),
        opens_invariants self.namespaces()
    ;
}

pub trait MutatingOperation<K, I, L>: Sized
{
    type KvResult;

    spec fn result_valid(
        self,
        old_ckv: ConcurrentKvStoreView<K, I, L>,
        new_ckv: ConcurrentKvStoreView<K, I, L>,
        result: Result<Self::KvResult, KvError>,
    ) -> bool;
}

pub open spec fn map_optset<K, V>(m: Map<K, V>, k: K, v: Option<V>) -> Map<K, V> {
    match v {
        Some(v) => m.insert(k, v),
        None => m.remove(k),
    }
}

pub trait SingleKeyMutatingOperation<K, I, L>: MutatingOperation<K, I, L>
    where
        K: std::fmt::Debug,
        L: LogicalRange,
{
    spec fn key(self) -> K;
    proof fn only_key_matters(self, old1: ConcurrentKvStoreView<K, I, L>, old2: ConcurrentKvStoreView<K, I, L>, new1: ConcurrentKvStoreView<K, I, L>, new2: ConcurrentKvStoreView<K, I, L>, result: Result<Self::KvResult, KvError>)
        requires
            self.result_valid(old1, new1, result),
            old1.kv[self.key()] == old2.kv[self.key()],
            new2.kv.m == map_optset(old2.kv.m, self.key(), new1.kv[self.key()]),
            old1.ps == old2.ps,
            old1.pm_constants == old2.pm_constants,
            old1.kv.logical_range_gaps_policy == old2.kv.logical_range_gaps_policy,
            new1.ps == new2.ps,
            new1.pm_constants == new2.pm_constants,
            new1.kv.logical_range_gaps_policy == new2.kv.logical_range_gaps_policy,
        ensures
            self.result_valid(old2, new2, result);
}


pub trait MutatingLinearizer<K, I, L, Op: MutatingOperation<K, I, L>> : Sized
{
    type Completion;

    spec fn namespaces(self) -> Set<int>;

    spec fn pre(self, id: int, op: Op) -> bool;

    spec fn post(self, complete: Self::Completion, id: int, op: Op, exec_result: Result<Op::KvResult, KvError>) -> bool;

    proof fn apply(
        tracked self,
        op: Op,
        new_ckv: ConcurrentKvStoreView<K, I, L>,
        exec_result: Result<Op::KvResult, KvError>,
        tracked r: &mut GhostVarAuth<ConcurrentKvStoreView<K, I, L>>,
    ) -> (tracked complete: Self::Completion)
        requires
            self.pre(old(r).id(), op),
            op.result_valid(old(r)@, new_ckv, exec_result),
        ensures
            r.id() == old(r).id(),
            r@ == new_ckv,
            self.post(complete, r.id(), op, exec_result),
        opens_invariants self.namespaces()
    ;
}










































}
}
pub mod shardkv_t {

use vstd::prelude::*;
use vstd::tokens::frac::*;
use vstd::invariant::*;

use std::sync::Arc;
use std::marker::PhantomData;
use std::hash::{Hash, Hasher, DefaultHasher};
use std::collections::VecDeque;

use crate::pmem::crashinv_t::*;
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;

use super::concurrentspec_t::*;
use super::spec_t::*;
use super::shardkv_v::*;

verus! {

pub uninterp spec fn default_hash_of_key<K: Hash>(k: K) -> u64;





}
}
pub mod shardkv_v {
use vstd::prelude::*;

use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;
use std::hash::{Hash, Hasher, DefaultHasher};
use super::concurrentspec_t::*;
use super::spec_t::*;
use super::shardkv_t::*;
use vstd::invariant::*;
use vstd::tokens::frac::*;
use std::sync::Arc;
use std::marker::PhantomData;
use vstd::modes::*;
use std::collections::VecDeque;

verus! {

spec fn shard_of_key<K: Hash>(k: K, nshards: int) -> int {
    default_hash_of_key(k) as int % nshards
}

spec fn keys_match_shard<K: Hash, I, L>(kv: AtomicKvStore<K, I, L>, shard: int, nshards: int) -> bool
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    forall |k| #[trigger] kv.m.contains_key(k) ==> shard_of_key(k, nshards) == shard
}

#[verifier::reject_recursive_types(K)]
#[verifier::reject_recursive_types(I)]
#[verifier::reject_recursive_types(L)]
struct ShardState<K, I, L>
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    kv_state: GhostVar<ConcurrentKvStoreView::<K, I, L>>,
}

impl<K, I, L> ShardState<K, I, L>
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    spec fn valid(self, kv_id: int, shard: int, nshards: int, combined: ConcurrentKvStoreView<K, I, L>) -> bool {
        &&& self.kv_state.id() == kv_id
        &&& keys_match_shard(self.kv_state@.kv, shard, nshards)
        &&& self.kv_state@.ps == combined.ps
        &&& self.kv_state@.pm_constants == combined.pm_constants
        &&& self.kv_state@.kv.logical_range_gaps_policy == combined.kv.logical_range_gaps_policy
        &&& forall |k| #[trigger] shard_of_key(k, nshards) == shard ==> self.kv_state@.kv[k] == #[trigger] combined.kv[k]
    }
}

#[verifier::reject_recursive_types(K)]
#[verifier::reject_recursive_types(I)]
#[verifier::reject_recursive_types(L)]
pub struct ShardStates<K, I, L>
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    shards: Map<int, ShardState<K, I, L>>,
    combined: GhostVarAuth<ConcurrentKvStoreView::<K, I, L>>,
}

pub struct ShardingPredicate
{
    pub shard_ids: Seq<int>,
    pub combined_id: int,
    pub pm_constants: PersistentMemoryConstants,
}

impl ShardingPredicate {
    pub open spec fn nshard(self) -> int {
        self.shard_ids.len() as int
    }
}

impl<K, I, L> InvariantPredicate<ShardingPredicate, ShardStates<K, I, L>> for ShardingPredicate
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
{
    closed spec fn inv(k: ShardingPredicate, inner: ShardStates<K, I, L>) -> bool {
        &&& k.nshard() >= 1
        &&& inner.combined.id() == k.combined_id
        &&& inner.combined@.pm_constants == k.pm_constants
        &&& forall |shard| 0 <= shard < k.nshard() ==> #[trigger] inner.shards.contains_key(shard)
        &&& forall |shard| #[trigger] inner.shards.contains_key(shard) ==> {
            &&& 0 <= shard < k.nshard()
            &&& inner.shards[shard].valid(k.shard_ids[shard], shard, k.nshard(), inner.combined@)
        }
    }
}






#[verifier::reject_recursive_types(K)]
#[verifier::reject_recursive_types(I)]
#[verifier::reject_recursive_types(L)]
struct ShardedMutatingLinearizer<K, I, L, Op, Lin>
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
        Op: SingleKeyMutatingOperation<K, I, L>,
        Lin: MutatingLinearizer<K, I, L, Op>,
{
    inv: Arc<AtomicInvariant<ShardingPredicate, ShardStates<K, I, L>, ShardingPredicate>>,
    lin: Lin,
    credit: OpenInvariantCredit,

    ghost shard: int,
    ghost __phantom: PhantomData<Op>,
}

impl<K, I, L, Op, Lin> MutatingLinearizer<K, I, L, Op> for ShardedMutatingLinearizer<K, I, L, Op, Lin>
    where
        K: Hash + PmCopy + Sized + std::fmt::Debug,
        I: PmCopy + Sized + std::fmt::Debug,
        L: PmCopy + LogicalRange + std::fmt::Debug + Copy,
        Op: SingleKeyMutatingOperation<K, I, L>,
        Lin: MutatingLinearizer<K, I, L, Op>,
{
    type Completion = Lin::Completion;

    closed spec fn namespaces(self) -> Set<int> {
        self.lin.namespaces().insert(self.inv.namespace())
    }

    closed spec fn pre(self, id: int, op: Op) -> bool {
        &&& 0 <= self.shard < self.inv.constant().nshard()
        &&& id == self.inv.constant().shard_ids[self.shard]
        &&& self.lin.pre(self.inv.constant().combined_id, op)
        &&& self.shard == shard_of_key(op.key(), self.inv.constant().nshard())
        &&& !self.lin.namespaces().contains(self.inv.namespace())
        &&& forall |old_state, new_state, result| #[trigger] op.result_valid(old_state, new_state, result) ==> {
            &&& old_state.ps == new_state.ps
            &&& old_state.pm_constants == new_state.pm_constants
            &&& old_state.kv.logical_range_gaps_policy == new_state.kv.logical_range_gaps_policy
            &&& forall |k| k != op.key() ==> old_state.kv[k] == #[trigger] new_state.kv[k]
        }
    }

    closed spec fn post(self, complete: Self::Completion, id: int, op: Op, result: Result<Op::KvResult, KvError>) -> bool {
        &&& self.lin.post(complete, self.inv.constant().combined_id, op, result)
    }

    proof fn apply(
        tracked self,
        op: Op,
        new_state: ConcurrentKvStoreView<K, I, L>,
        result: Result<Op::KvResult, KvError>,
        tracked r: &mut GhostVarAuth<ConcurrentKvStoreView<K, I, L>>,
    ) -> (tracked out: Self::Completion) {
        let ghost key = op.key();
        let tracked mut completion;
        open_atomic_invariant_in_proof!(self.credit => &self.inv => inner => {
            // Force trigger
            assert(inner.shards.contains_key(self.shard));

            // Force trigger
            assert(shard_of_key(key, self.inv.constant().nshard()) == self.shard);

            let tracked mut shard = inner.shards.tracked_remove(self.shard);
            r.agree(&shard.kv_state);

            let ghost old_shard_ckv = r@;
            let ghost old_combined_ckv = inner.combined@;
            let ghost new_shard_ckv = new_state;
            let ghost new_combined_ckv = ConcurrentKvStoreView::<K, I, L>{
                kv: AtomicKvStore::<K, I, L>{
                    m: map_optset(old_combined_ckv.kv.m, key, new_shard_ckv.kv[key]),
                    .. old_combined_ckv.kv
                },
                .. old_combined_ckv
            };

            // Force trigger
            assert(op.result_valid(old_shard_ckv, new_shard_ckv, result));

            assert forall |k| new_shard_ckv.kv.m.contains_key(k)
                implies #[trigger] shard_of_key(k, self.inv.constant().nshard()) == self.shard by
            {
                if k != key {
                    assert(old_shard_ckv.kv[k] == new_shard_ckv.kv[k]);
                }
            }

            r.update(&mut shard.kv_state, new_state);
            // assert(keys_match_shard(shard.kv_state@.kv, self.shard, self.inv.constant().nshard()));

            op.only_key_matters(old_shard_ckv, old_combined_ckv,
                                new_shard_ckv, new_combined_ckv, result);

            completion = self.lin.apply(op, new_combined_ckv, result, &mut inner.combined);
            // assert(self.lin.post(completion, self.inv.constant().combined_id, op, result));
            inner.shards.tracked_insert(self.shard, shard);

            // assert(ShardingPredicate::inv(self.inv.constant(), inner));
        });
        // assert(self.post(completion, r.id(), op, result));
        completion
    }
}

}
}
pub mod spec_t {
//! This file contains the unverified specification for the high-level KV store.
//!
//! This file should be audited for correctness.

use vstd::prelude::*;

use crate::pmem::pmemspec_t::*;
use std::hash::Hash;

verus! {

#[derive(Debug)]
pub enum KvError
{
    NotImplemented,
    InvalidParameter,
    InternalError, // TODO: reason
    WrongKvStoreId{ requested_id: u128, actual_id: u128 },
    KeyNotFound,
    KeyAlreadyExists,
    InvalidKey,
    IndexOutOfRange{ upper_bound: usize },
    KeySizeTooSmall,
    KeySizeTooBig,
    ItemSizeTooBig,
    ListEntrySizeTooBig,
    TooFewKeys,
    TooManyListEntriesPerNode,
    TooManyKeys,
    TooManyListNodes,
    OutOfSpace,
    InvalidPersistentMemoryRegionProvided, // TODO: reason
    CRCMismatch,
    InvalidItemTableHeader,
    InvalidListMetadata,
    InvalidListRegionMetadata,
    EntryIsValid,
    EntryIsNotValid,
    InvalidLogEntryType,
    NoCurrentTransaction,
    LogicalRangeHasBeenTrimmed{ logical_trim_position: usize },
    LogicalRangeHasBeenPartiallyTrimmed{ logical_trim_position: usize },
    LogicalRangePartiallyBeyondEOF{ end_of_valid_range: usize },
    LogicalRangeBeyondEOF{ end_of_valid_range: usize },
    PageOutOfLogicalRangeOrder{ end_of_valid_range: usize },
    PageLeavesLogicalRangeGap{ end_of_valid_range: usize },
    LogicalRangeUpdateNotAllowed{ old_start: usize, old_end: usize, new_start: usize, new_end: usize },
    PmemErr { pmem_err: PmemError },
    ListLengthWouldExceedUsizeMax,
}

pub enum LogicalRangeGapsPolicy {
    LogicalRangeGapsForbidden,
    LogicalRangeGapsPermitted,
}

pub struct SetupParameters {
    pub kvstore_id: u128,
    pub logical_range_gaps_policy: LogicalRangeGapsPolicy,
    pub max_keys: u64,
    pub max_list_elements: u64,
    pub max_operations_per_transaction: u64,
}

impl SetupParameters {
    pub open spec fn valid(self) -> bool
    {
        &&& 0 < self.max_keys
        &&& 0 < self.max_list_elements
        &&& 0 < self.max_operations_per_transaction
    }
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

pub trait LogicalRange {
        
        }


/// An `AtomicKvStore` is an abstraction of an atomic key/value
/// store, i.e., one that doesn't support tentative operations,
/// aborts, and commits.
#[verifier::reject_recursive_types(K)]
#[verifier::ext_equal]
pub struct AtomicKvStore<K, I, L>
{
    pub logical_range_gaps_policy: LogicalRangeGapsPolicy,
    pub m: Map<K, (I, Seq<L>)>,
}

impl<K, I, L> AtomicKvStore<K, I, L>
where
    K: std::fmt::Debug,
    L: LogicalRange,
{
    
    
    pub open spec fn contains_key(&self, key: K) -> bool
    {
        self.m.contains_key(key)
    }

    
    
    pub open spec fn spec_index(self, key: K) -> Option<(I, Seq<L>)>
    {
        if self.m.contains_key(key) {
            Some(self.m[key])
        } else {
            None
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    }

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
}
// pub mod log;
// pub mod multilog;
pub mod pmem {

pub mod crashinv_t {


verus! {
    // hold_until_crash() represents the notion that an atomic invariant
    // will keep holding until the system crashes.
    //
    // Effectively, keep_until_crash() simulates holding a reference on
    // the Arc<>.  This ensures that the invariant cannot be destroyed,
    // using inv.into_inner(), and therefore it will be sound after crash
    // to assume InvariantRecoverer::held_before_crash() and thereby
    // recover the invariant.
    
    
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
    
    #[derive(Debug, Eq, PartialEq, Clone, Copy)]
    pub enum PmemError {
        InvalidFileName,
        CannotOpenPmFile,
        NotPm,
        PmdkError,
        AccessOutOfRange,
    }

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

    pub struct PersistentMemoryConstants {
        // Mask of corrupted bits on this persistent memory device.
        pub corruption: Seq<u8>,
    }

    impl PersistentMemoryConstants {
        
        pub open spec fn valid(self) -> bool {
            popcnt(self.corruption) < 2
        }

        
        // A sequence of bytes `bytes` read from addresses `addrs` is a
        // possible corruption of the actual last-written bytes
        // `true_bytes` to those addresses if those addresses are all
        // distinct and if each corresponding byte pair is related by
        // `maybe_corrupted_byte`.
            }

    
    // This function extracts the subsequence of `bytes` that lie
    // between `pos` and `pos + len` inclusive of `pos` but exclusive
    // of `pos + len`.
    
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
