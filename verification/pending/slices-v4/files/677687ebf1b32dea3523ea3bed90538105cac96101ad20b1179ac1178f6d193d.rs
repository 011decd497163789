

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

        
            }

    // The struct `PersistentMemoryConstants` contains fields that
    // remain the same across all operations on persistent memory.

    
    
    pub trait PersistentMemoryRegion : Sized
    {
        spec fn view(&self) -> PersistentMemoryRegionView;

        
        
        
        
        
        
        
        
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
pub mod power_t {
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use vstd::prelude::*;
use vstd::invariant::*;
use vstd::tokens::frac::*;

pub use crate::pmem::power_v::{PermissionFactory};

verus! {

pub trait CheckPermission<State> : Sized
{
    type Completion;

    spec fn permits(&self, s1: State, s2: State) -> bool;
    spec fn id(&self) -> int;
    
    }

// PersistentMemoryRegionAtomic wraps a PersistentMemoryRegion in a logically-atomic
// style specification with a ghost resource, which can be used to reason about
// possible crash states using an atomic invariant.  This enforces the soundness
// of the PoWER interface defined in power_v.rs.


}
}
pub mod power_sound_t {
use super::pmemspec_t::*;
use super::power_t::*;
use vstd::prelude::*;
use vstd::invariant::*;
use vstd::tokens::frac::*;
use std::sync::Arc;

verus! {

// This file formalizes the soundness argument for PoWER.
//
// The overall plan is to show that:
//
//   For any application that uses the PersistentMemoryRegionAtomic
//   interface provided in `power_t` (and in particular, the PoWER
//   library in `power_v` that is verifiably implemented on top of
//   that interface to provide the PoWER API), the developer can
//   be sure that the durable state of the PersistentMemoryRegion
//   always satisfies the application's crash invariant.
//
// In order to mechanize this argument, we define a model of what we
// expect an application built on top of the PoWER interface to look like:

trait PoWERApplication<PM> : Sized
    where
        PM: PersistentMemoryRegion,
{
    // valid() captures the set of valid crash states that the application
    // may want to enforce using PoWER.  In this model of PoWER, we assume
    // that the application state is static, and there's a fixed predicate
    // over crash states that doesn't change over time.
    spec fn valid(self, state: Seq<u8>) -> bool;

    // setup() is the executable function that implements the application's
    // initialization logic, setting up the contents of the persistent memory
    // region at first boot, and returning with the region satisfying valid().
    
    // run() is the executable function that implements the application's
    // logic to recover after a crash, taking a PersistentMemoryRegionAtomic
    // that already satisfies valid(), and continuing to run until the next
    // crash.
    //
    // The application receives a permission `perm` that allows all crash
    // states specified by the application's valid() predicate.
    }

// An example toy application modeled as PoWERApplication, to validate that
// it's possible to construct this trait.  The application enforces that
// location `addr` in persistent memory is always either `val0` or `val1`.



// Now we mechanize the soundness argument for a particular application,
// by constructing an AtomicInvariant that holds the durable_state resource
// from PersistentMemoryRegionAtomic, and enforces PoWERApplication::valid()
// on it.
//
// The soundness argument critically depends on two assumptions:
//
// - That PersistentMemoryRegionAtomic<PM> correctly models the crash
//   semantics of the PersistentMemoryRegion, and in particular, it ensures
//   that at every point in the execution, the state of the fractional
//   resource exposed by PersistentMemoryRegionAtomic has the durable_state
//   of the PersistentMemoryRegion.
//
// - `invariant_recovery_axiom()`, stated below, is a sound axiom about
//   re-constructing an AtomicInvariant that existed before the computer
//   crashed and rebooted, and that the trusted code (`main_after_crash()`,
//   defined below) is only executed after a crash when the invariant held
//   before the crash.

struct DurableResource {
    r: GhostVar<Seq<u8>>,
}

struct DurablePredicate<PM, A>
    where
        PM: PersistentMemoryRegion,
        A: PoWERApplication<PM>,
{
    id: int,
    app: A,
    _pm: core::marker::PhantomData<PM>,
}

impl<PM, A> InvariantPredicate<DurablePredicate<PM, A>, DurableResource> for DurablePredicate<PM, A>
    where
        PM: PersistentMemoryRegion,
        A: PoWERApplication<PM>,
{
    closed spec fn inv(pred: DurablePredicate<PM, A>, inner: DurableResource) -> bool {
        &&& inner.r.id() == pred.id
        &&& pred.app.valid(inner.r@)
    }
}

struct SoundPermission<PM, A>
    where
        PM: PersistentMemoryRegion,
        A: PoWERApplication<PM>,
{
    inv: Arc<AtomicInvariant::<DurablePredicate<PM, A>, DurableResource, DurablePredicate<PM, A>>>,
}

impl<PM, A> CheckPermission<Seq<u8>> for SoundPermission<PM, A>
    where
        PM: PersistentMemoryRegion,
        A: PoWERApplication<PM>,
{
    type Completion = ();

    closed spec fn permits(&self, s1: Seq<u8>, s2: Seq<u8>) -> bool {
        self.inv.constant().app.valid(s2)
    }

    closed spec fn id(&self) -> int {
        self.inv.constant().id
    }

    
    }

impl<PM, A> PermissionFactory<Seq<u8>> for SoundPermission<PM, A>
    where
        PM: PersistentMemoryRegion,
        A: PoWERApplication<PM>,
{
    type Perm = SoundPermission<PM, A>;

    closed spec fn permits(&self, s1: Seq<u8>, s2: Seq<u8>) -> bool {
        CheckPermission::permits(self, s1, s2)
    }

    closed spec fn id(&self) -> int {
        CheckPermission::id(self)
    }

    
    proof fn clone(tracked &self) -> (tracked other: Self) {
        Self{
            inv: self.inv.clone(),
        }
    }
}

// The main_first_time() function models what happens the first time
// persistent memory is initialized by the application: the application
// predicate is only established once the application finishes setup,
// and keeps being true at all points after that.

// The main_after_crash() function models what happens on recovery from
// crash once the system has already been successfully initialized by
// main_first_time(), with zero or more additional crashes and recoveries
// after that.

}
}
pub mod power_v {
use crate::pmem::pmemspec_t::*;
use crate::pmem::pmcopy_t::*;
use crate::pmem::power_t::*;
use vstd::prelude::*;
use vstd::invariant::*;
use vstd::tokens::frac::*;

verus! {





pub trait PermissionFactory<State>: Sized
{
    type Perm: CheckPermission<State>;

    spec fn permits(&self, s1: State, s2: State) -> bool;
    spec fn id(&self) -> int;

    
    proof fn clone(tracked &self) -> (tracked other: Self)
        ensures
            self.id() == other.id(),
            forall|s1, s2| self.permits(s1, s2) ==> #[trigger] other.permits(s1, s2);
}






}
}
// pub mod subregion_v;

// Proof of correspondence between prophecy-based model of persistent
// memory durability and an explicit asynchronous model of persistent
// memory writes.
}



verus! {


}
