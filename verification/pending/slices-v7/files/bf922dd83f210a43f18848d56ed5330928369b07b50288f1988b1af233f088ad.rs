

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod kv2 {

pub mod rwlock_t {
use vstd::prelude::*;

/// This file wraps the standard-library `std::sync::RwLock` to
/// provide a `RwLockWithPredicate`. Like `std::sync::RwLock`,
/// `RwLockWithPredicate` allows, at any given time, either multiple
/// concurrent readers or one concurrent writer to the underlying
/// object of some arbitrary type `V`.
///
/// The interface to `RwLockWithPredicate` differs from that to
/// `std::sync::RwLock` in two main ways:
///
/// First, as indicated by the type name, it associates a predicate
/// with the lock that's guaranteed to always hold on the value when
/// it is being read. This is enforced by requiring writers to ensure
/// the predicate holds after they're done writing it and are about to
/// release the lock.
///
/// Second, because Verus doesn't allow returning `&mut` references,
/// its write interface differs. Instead of returning a guard that can
/// be borrowed to get a `&mut` reference, instead `write` (1)
/// acquires the write lock, (2) invokes a writer object by passing it
/// an `&mut V`, (3) releases the write lock, then (4) returns the
/// result returned by the writer. That writer must satisfy the
/// `RwLockWriter` trait, the most important property of which is that
/// its `write` method must ensure it maintains the predicate.

use std::borrow::{Borrow, BorrowMut};
use std::sync::{LockResult, PoisonError, RwLock, RwLockReadGuard};
use vstd::invariant::*;

verus! {

pub trait RwLockPredicate<V>: Sized {
    spec fn inv(self, v: V) -> bool;
}









}
}
}
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
    
    
    
    
    // This proof function is marked verifier::external_body to assume that the
    // CRC64 function, as captured by spec_crc_bytes(), correctly achieves the
    // Hamming bounds described in spec_crc_hamming_bound.  This is, in principle,
    // provable from the definition of the CRC64 function, but in practice it's
    // messy to prove, so we assume it as an axiom.
    
    // This executable method can be called to compute the CRC of a
    // sequence of bytes. It uses the `crc` crate.
    
    
     // CRC(b"0")
     // CRC(b"1")

    /// We model the persistent memory as getting flushed in chunks,
    /// where each chunk has `const_persistence_chunk_size()` bytes. We refer
    /// to chunk number `c` as the set of addresses `addr` such that
    /// `addr / const_persistence_chunk_size() == c`.

    pub open spec fn const_persistence_chunk_size() -> int { 8 }

    
    /// We model the state of a region of persistent memory as a
    /// `PersistentMemoryRegionView`, which is two sequences of `u8`.
    /// The first is the latest bytes written, reflecting what will
    /// be read by a `read` operation. The second is the bytes that
    /// will be on persistent memory in the event of a crash,
    /// reflecting a prophecy of which outstanding writes will be
    /// made durable.

    #[verifier::ext_equal]
    pub struct PersistentMemoryRegionView
    {
        pub read_state: Seq<u8>,
        pub durable_state: Seq<u8>,
    }

    pub open spec fn update_bytes(s: Seq<u8>, addr: int, bytes: Seq<u8>) -> Seq<u8>
    {
        Seq::new(s.len(), |i: int| if addr <= i < addr + bytes.len() { bytes[i - addr] } else { s[i] })
    }

    
    
    
    
    impl PersistentMemoryRegionView
    {
        pub open spec fn len(self) -> nat
        {
            self.read_state.len()
        }

        pub open spec fn valid(self) -> bool
        {
            self.read_state.len() == self.durable_state.len()
        }

        
        pub open spec fn flush_predicted(self) -> bool
        {
            self.durable_state == self.read_state
        }
    }

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

    pub trait PersistentMemoryRegion : Sized
    {
        spec fn view(&self) -> PersistentMemoryRegionView;

        spec fn inv(&self) -> bool;

        spec fn constants(&self) -> PersistentMemoryConstants;

        proof fn lemma_inv_implies_view_valid(&self)
            requires
                self.inv()
            ensures
                self@.valid(),
                self.constants().valid(),
        ;

        
        
        
        
        
        fn flush(&mut self)
            requires
                old(self).inv(),
            ensures
                old(self)@.flush_predicted(), // it must have been prophesized that this flush would happen
                self.inv(),
                self.constants() == old(self).constants(),
                self@ == old(self)@,
        ;
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
    
    // User-defined structures that derive PmSized have their 
    // size calculated based on the size and alignment of the
    // struct's fields. The size and alignment of safe primitives
    // are hardcoded in pmcopy/pmcopy_macros.rs and implementations
    // for primitive types based on these values are generated
    // by the pmcopy_primitive! macro. The macro also generates
    // compile-time assertions to check that the hardcoded sizes
    // and alignments are correct.
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
    
    
    
}
}
// pub mod subregion_v;

// Proof of correspondence between prophecy-based model of persistent
// memory durability and an explicit asynchronous model of persistent
// memory writes.
pub mod pmem_async_equiv_t {
// This file demonstrates a correspondence between the prophecy-based
// specification of PersistentMemoryRegion and the more explicit
// asynchronous specification of PersistentMemoryRegionAsync.
// 
// The correspondence is demonstrated by a verified transformation
// from an arbitrary PersistentMemoryRegionAsync (i.e., some PM region
// with explicit asynchronous behavior) to a PersistentMemoryRegion
// (i.e., a PM region with a prophecy-based specification), implemented
// by PMRegionProph::new().

use super::pmcopy_t::*;
use super::pmemspec_t::*;
use super::pmem_async_spec_t::*;
use super::pmem_async_equiv_v::*;

use std::collections::VecDeque;

use vstd::bytes::*;
use vstd::prelude::*;
use vstd::proph::*;

verus! {

// PMRegionProph implements the correspondence between PersistentMemoryRegion
// and PersistentMemoryRegionAsync.  In particular, PMRegionProph keeps the
// PersistentMemoryRegionAsync (PMRegion) internally, and provides an API that
// satisfies PersistentMemoryRegion.
//
// pmem_async_equiv_v.rs provides an implementation of PersistentMemoryRegion
// for PMRegionProph<PMRegion>, though the details of how that implementation
// works are not immediately relevant for observing that a correspondence
// exists (thus that implementation is in a _v file).

pub struct PMRegionProph<PMRegion>
    where PMRegion: PersistentMemoryRegionAsync
{
    pub pm: PMRegion,
    pub len: usize,

    // `flush` predicts that any pending writes will be successfully flushed
    // before the next system crash.  This prophecy variable is re-allocated
    // at each successful flush, to refer to the next set of pending writes,
    // before the next flush.
    pub flush: Prophecy<bool>,

    // `durability` predicts, for each write since the last flush,
    // whether that write's changes to each chunk are made durable
    // or not.
    pub durability: VecDeque<ProphecyVec<bool>>,
}



// This could be removed and replaced by VecDeque::<T>::deep_view()
// after https://github.com/verus-lang/verus/pull/1609 is merged.
pub open spec fn deep_view<T: DeepView>(vd: VecDeque<T>) -> Seq<T::V> {
    let v = vd.view();
    Seq::new(v.len(), |i: int| v[i].deep_view())
}

}
}
pub mod pmem_async_equiv_v {
use super::pmcopy_t::*;
use super::pmemspec_t::*;
use super::pmem_async_spec_t::*;
use super::pmem_async_equiv_t::*;

use std::collections::VecDeque;

use vstd::bytes::*;
use vstd::prelude::*;
use vstd::proph::*;

verus! {

// ProphecyVec implements a sequence of prophecy variables, each of type T.
// ProphecyVec can be viewed in spec mode as a Seq<T>, and can be resolved
// in exec mode using a Vec<T>.
pub struct ProphecyVec<T: Structural> {
    pub v: Vec<Prophecy<T>>,
}

impl<T: Structural> ProphecyVec<T> {
    pub closed spec fn view(self) -> Seq<T> {
        Seq::new(self.v@.len(), |i| self.v@[i]@)
    }

    
    pub fn resolve(self, v: &Vec<T>)
        requires
            self@.len() == v@.len(),
        ensures
            self@ =~= v@
    {
        broadcast use vstd::std_specs::vec::group_vec_axioms;

        let mut pv = self.v;
        let len = v.len();

        assert(self.v@.subrange(0, len as int) == pv@);

        for i in 0..len
            invariant
                self.v@.subrange(i as int, len as int) == pv@,
                self.v@.len() == len,
                v@.len() == len,
                forall |j| 0 <= j < i ==> self.v@[j]@ == #[trigger] v@[j],
            decreases
                len-i
        {
            let iproph = pv.remove(0);
            iproph.resolve(&v[i]);
            assert(self.v@.subrange(i+1 as int, len as int) == pv@);
        }
    }
}

impl<T: Structural> DeepView for ProphecyVec<T> {
    type V = Seq<T>;

    open spec fn deep_view(&self) -> Seq<T> {
        self.view()
    }
}



pub proof fn flush_preserves_len(v: PersistentMemoryRegionAsyncView)
    requires
        v.valid()
    ensures
        v.flush().committed().len() == v.committed().len(),
    decreases
        v.outstanding_writes.len()
{
    if v.outstanding_writes.len() > 0 {
        let w = v.outstanding_writes[0];
        flush_preserves_len(PersistentMemoryRegionAsyncView{
            state_at_last_flush: apply_write(v.state_at_last_flush, w),
            outstanding_writes: v.outstanding_writes.skip(1),
        });
    }
}

pub proof fn flush_selective_preserves_len(v: PersistentMemoryRegionAsyncView, ds: Seq<Seq<bool>>)
    requires
        v.valid()
    ensures
        v.flush_selective(ds).len() == v.committed().len(),
    decreases
        v.outstanding_writes.len()
{
    if v.outstanding_writes.len() > 0 {
        let w0 = v.outstanding_writes[0];
        let d0 = ds[0];

        let v_new = PersistentMemoryRegionAsyncView{
            state_at_last_flush: apply_write_selective(v.state_at_last_flush, w0, d0),
            outstanding_writes: v.outstanding_writes.skip(1),
        };

        flush_selective_preserves_len(v_new, ds.skip(1));
    }
}

pub proof fn flush_no_outstanding_writes(v: PersistentMemoryRegionAsyncView)
    ensures
        v.flush().no_outstanding_writes()
    decreases
        v.outstanding_writes.len()
{
    if v.outstanding_writes.len() > 0 {
        let w = v.outstanding_writes[0];
        flush_no_outstanding_writes(PersistentMemoryRegionAsyncView{
            state_at_last_flush: apply_write(v.state_at_last_flush, w),
            outstanding_writes: v.outstanding_writes.skip(1),
        });
    }
}






impl<PMRegion> PersistentMemoryRegion for PMRegionProph<PMRegion>
    where PMRegion: PersistentMemoryRegionAsync
{
    open(super) spec fn view(&self) -> PersistentMemoryRegionView {
        PersistentMemoryRegionView{
            read_state: self.pm@.flush().committed(),
            durable_state: if self.flush@ {
                self.pm@.flush().committed()
            } else {
                self.pm@.flush_selective(deep_view(self.durability))
            },
        }
    }

    open(super) spec fn inv(&self) -> bool {
        &&& self.pm.inv()
        &&& self.pm@.len() == self.len
        &&& self.durability@.len() == self.pm@.outstanding_writes.len()
        &&& forall |i| 0 <= i < self.durability@.len()
                ==> #[trigger] self.durability@[i]@.len() == size_to_chunks(self.len as int)
    }

    closed spec fn constants(&self) -> PersistentMemoryConstants {
        self.pm.constants()
    }

    proof fn lemma_inv_implies_view_valid(&self) {
        self.pm.lemma_inv_implies_view_valid();
        flush_preserves_len(self.pm@);
        flush_selective_preserves_len(self.pm@, deep_view(self.durability));
    }

    
    
    
    
    
    fn flush(&mut self)
    {
        let mut flushproph = Prophecy::<bool>::new();
        std::mem::swap(&mut self.flush, &mut flushproph);
        flushproph.resolve(&true);

        proof {
            self.pm.lemma_inv_implies_view_valid();
            flush_no_outstanding_writes(self.pm@);
            flush_preserves_len(self.pm@);
        }

        self.pm.flush();
        self.durability = VecDeque::new();
    }
}

}
}
pub mod pmem_async_spec_t {
//! This file contains a specification for how a persistent memory region
//! (implementing trait `AsyncPersistentMemoryRegion`) behaves.  This spec
//! differs from the one in `pmemspec_t.rs` in that this specification
//! explicitly models outstanding writes, instead of modeling them using
//! a prophecy specification.
//!
//! Formalizing this specification allows us to prove a correspondence
//! between the prophecy specification in `pmemspec_t.rs` and the explicit
//! asynchronous spec in this file.

use super::pmcopy_t::*;
use super::pmemspec_t::*;
use vstd::bytes::*;
use vstd::prelude::*;

verus! {

    #[verifier::ext_equal]
    pub struct Write {
        pub addr: int,
        pub data: Seq<u8>,
    }

    pub open spec fn apply_write(s: Seq<u8>, w: Write) -> Seq<u8> {
        update_bytes(s, w.addr, w.data)
    }

    pub open spec fn apply_write_selective(s: Seq<u8>, w: Write, selected_chunks: Seq<bool>) -> Seq<u8>
        recommends
            selected_chunks.len() == size_to_chunks(s.len() as int),
    {
        Seq::new(s.len(), |i: int|
            if w.addr <= i < w.addr + w.data.len() && selected_chunks[addr_to_chunk(i)] {
                w.data[i-w.addr]
            } else {
                s[i]
            })
    }

    pub open spec fn addr_to_chunk(addr: int) -> int {
        addr / const_persistence_chunk_size()
    }

    pub open spec fn size_to_chunks(sz: int) -> int {
        (sz + const_persistence_chunk_size() - 1) / const_persistence_chunk_size()
    }

    #[verifier::ext_equal]
    pub struct PersistentMemoryRegionAsyncView {
        pub state_at_last_flush: Seq<u8>,
        pub outstanding_writes: Seq<Write>,
    }

    impl PersistentMemoryRegionAsyncView
    {
        pub open spec fn len(self) -> nat
        {
            self.state_at_last_flush.len()
        }

        pub open spec fn valid(self) -> bool
        {
            forall |i| 0 <= i < self.outstanding_writes.len() ==> {
                &&& 0 <= #[trigger] self.outstanding_writes[i].addr
                &&& self.outstanding_writes[i].addr + self.outstanding_writes[i].data.len() <= self.state_at_last_flush.len()
            }
        }

        
        pub open spec fn flush(self) -> Self
            decreases
                self.outstanding_writes.len()
        {
            if self.outstanding_writes.len() == 0 {
                self
            } else {
                let w = self.outstanding_writes.first();
                Self{
                    state_at_last_flush: apply_write(self.state_at_last_flush, w),
                    outstanding_writes: self.outstanding_writes.skip(1),
                }.flush()
            }
        }

        pub open spec fn flush_selective(self, write_chunk_durability: Seq<Seq<bool>>) -> Seq<u8>
            recommends
                self.outstanding_writes.len() == write_chunk_durability.len(),
            decreases
                self.outstanding_writes.len()
        {
            if self.outstanding_writes.len() == 0 {
                self.state_at_last_flush
            } else {
                let w0 = self.outstanding_writes.first();
                let d0 = write_chunk_durability.first();
                Self{
                    state_at_last_flush: apply_write_selective(self.state_at_last_flush, w0, d0),
                    outstanding_writes: self.outstanding_writes.skip(1),
                }.flush_selective(write_chunk_durability.skip(1))
            }
        }

        pub open spec fn committed(self) -> Seq<u8>
        {
            self.state_at_last_flush
        }

        
        pub open spec fn no_outstanding_writes(self) -> bool
        {
            self.outstanding_writes.len() == 0
        }

        // This specification function describes whether `self` can
        // crash as a sequence of bytes `bytes`, with a certain set
        // of chunks being made durable for each outstanding write.
        // Importantly, all of the bytes written to a chunk as part
        // of a single write are atomic with respect to a crash.
            }

    pub trait PersistentMemoryRegionAsync : Sized
    {
        spec fn view(&self) -> PersistentMemoryRegionAsyncView;

        spec fn inv(&self) -> bool;

        spec fn constants(&self) -> PersistentMemoryConstants;

        proof fn lemma_inv_implies_view_valid(&self)
            requires
                self.inv()
            ensures
                self@.valid(),
                self.constants().valid(),
        ;

        
        
        
        
        
        fn flush(&mut self)
            requires
                old(self).inv()
            ensures
                self.inv(),
                self.constants() == old(self).constants(),
                self@ == old(self)@.flush(),
        ;
    }

}
}
}



verus! {


}
