

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


verus! {

    // Helper struct to hide the external crc64fast Digest type
    // from Verus while still keeping ghost state associated with it
    
    // A structure for obtaining CRCs of byte sequences and/or
    // PmCopy objects and writing proofs about them.
    
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
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn byte_xor_mask_popcnt_byte_le(a: u8, mask: u8, b: u8)
        ensures
            popcnt_byte((a ^ (mask & b)) ^ a) <= popcnt_byte(b)
    {
        assert(_popcnt_byte((a ^ (mask & b)) ^ a) <= _popcnt_byte(b)) by (bit_vector);
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
        
        
        pub open spec fn maybe_corrupted_byte(self, byte: u8, true_byte: u8, addr: int) -> bool {
            &&& 0 <= addr < self.corruption.len()
            &&& exists |mask: u8| byte == #[trigger] (true_byte ^ (mask & self.corruption[addr]))
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
}



verus! {


}
