
pub mod logimpl_v {

use crate::pmemspec_t::*;
use core::convert::TryInto;
use std::f32::consts::E;
use std::fmt::Write;
use vstd::arithmetic::div_mod::*;
use vstd::bytes::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::set::*;
use vstd::slice::*;

verus! {

    // entire header structure:
    // bytes 0-7: incorruptible boolean
    // bytes 8-39: header 1
    // bytes 40-71: header 2

    // header version structure:
    // 0-7: header CRC
    // 8-15: logical head
    // 16-23: logical tail
    // 24-31: log size

            
    // offsets of fields within the header structure
                
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    /// If our write is persistence_chunk_size-sized and -aligned, then there are only 2 possible
    /// resulting crash states, one with the write and one without.
    pub proof fn lemma_single_write_crash(pm: Seq<u8>, write_addr: int, bytes_to_write: Seq<u8>)
        requires
            bytes_to_write.len() == persistence_chunk_size,
            write_addr % persistence_chunk_size == 0, // currently seems to succeed without nonlinear arith
            0 <= write_addr < pm.len(),
            write_addr + bytes_to_write.len() <= pm.len()
        ensures
            ({
                forall |chunks_flushed: Set<int>| {
                    let new_crash_contents = #[trigger] update_contents_to_reflect_partially_flushed_write(
                        pm, write_addr, bytes_to_write, chunks_flushed);
                    let new_contents = update_contents_to_reflect_write(pm, write_addr, bytes_to_write);
                    new_crash_contents =~= pm || new_crash_contents =~= new_contents
                }
            })
    {}

    
    
    
    // offset of actual log contents from the beginning of the device
    
    }
}
pub mod pmemspec_t {
/*

  This file specifies, with the `PersistentMemory` type, the behavior
  of a persistent memory region. One of the things it models is what
  can happen to the persistent memory region if the system crashes in
  the middle of a write.

*/


use vstd::bytes::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::slice::*;

#[cfg(not(verus_keep_ghost))]
use crc64fast::Digest;

verus! {

    
    
    
    
    
    
    // We make two assumptions about how CRCs can be used to detect
    // corruption.

    // The first assumption, encapsulated in
    // `axiom_bytes_uncorrupted`, is that if we store byte sequences
    // `x` and `y` to persistent memory where `y` is the CRC of `x`,
    // then we can detect an absence of corruption by reading both of
    // them. Specifically, if we read from those locations and get
    // `x_c` and `y_c` (corruptions of `x` and `y` respectively), and
    // `y_c` is the CRC of `x_c`, then we can conclude that `x` wasn't
    // corrupted, i.e., that `x_c == x`.

    
    // The second assumption, encapsulated in
    // `axiom_corruption_detecting_boolean`, is that the values
    // `cdb0_val` and `cdb1_val` are so randomly different from each
    // other that corruption can't make one appear to be the other.
    // That is, if we know we wrote either `cdb0_val` or `cdb1_val` to
    // a certain part of persistent memory, and when we read that same
    // part we get `cdb0_val` or `cdb1_val`, we can assume it matches
    // what we last wrote to it. To justify the assumption that
    // `cdb0_val` and `cdb1_val` are different from each other, we set
    // them to CRC(b"0") and CRC(b"1"), respectively.

     // CRC(b"0")
     // CRC(b"1")

    
    
    // We mark this as `external_body` so that the verifier can't see
    // that there's nothing important in it and thereby shortcut some
    // checks.

    
    /// We model the persistent memory as getting flushed in chunks,
    /// where each chunk has `persistence_chunk_size` bytes. We refer
    /// to chunk number `id` as the set of addresses `addr` such that
    /// `addr / persistence_chunk_size == id`.
    pub spec const persistence_chunk_size: int = 8;

    /// Return the byte at address `addr` after writing
    /// `write_bytes` to address `write_addr`, if the byte at
    /// `addr` before the write was `prewrite_byte`.
    pub open spec fn update_byte_to_reflect_write(addr: int, prewrite_byte: u8, write_addr: int,
                                                  write_bytes: Seq<u8>) -> u8
    {
        if write_addr <= addr && addr < write_addr + write_bytes.len() {
            write_bytes[addr - write_addr]
        }
        else {
            prewrite_byte
        }
    }

    /// Return the contents of persistent memory after writing
    /// `write_bytes` to address `write_addr`, if the contents
    /// before the write was `prewrite_contents`.
    pub open spec(checked) fn update_contents_to_reflect_write(prewrite_contents: Seq<u8>, write_addr: int,
                                                               write_bytes: Seq<u8>) -> Seq<u8>
        recommends
            0 <= write_addr,
            write_addr + write_bytes.len() <= prewrite_contents.len(),
    {
        Seq::<u8>::new(prewrite_contents.len(),
                       |addr| update_byte_to_reflect_write(addr, prewrite_contents[addr],
                                                           write_addr, write_bytes))
    }

    /// Return the byte at address `addr` after initiating (but
    /// not necessarily completing) a write of `write_bytes` to
    /// address `write_addr`, given that the byte at `addr` before
    /// the write was `prewrite_byte` and given that the set of
    /// chunk IDs that have been flushed since the initiation of
    /// the write is `chunks_flushed`.
    pub open spec fn update_byte_to_reflect_partially_flushed_write(addr: int, prewrite_byte: u8, write_addr: int,
                                                                    write_bytes: Seq<u8>,
                                                                    chunks_flushed: Set<int>) -> u8
    {
        if chunks_flushed.contains(addr / persistence_chunk_size) {
            update_byte_to_reflect_write(addr, prewrite_byte, write_addr, write_bytes)
        }
        else {
            prewrite_byte
        }
    }

    /// Return the contents of persistent memory after initiating
    /// (but not necessarily completing) a write of `write_bytes`
    /// to address `write_addr`, given that the contents before
    /// the write were `prewrite_contents` and given that the set of
    /// chunk IDs that have been flushed since the initiation of
    /// the write is `chunks_flushed`.
    pub open spec(checked) fn update_contents_to_reflect_partially_flushed_write(contents: Seq<u8>, write_addr: int,
                                                                                 write_bytes: Seq<u8>,
                                                                                 chunks_flushed: Set<int>) -> Seq<u8>
        recommends
            0 <= write_addr,
            write_addr + write_bytes.len() <= contents.len(),
    {
        Seq::<u8>::new(contents.len(),
                       |addr| update_byte_to_reflect_partially_flushed_write(addr, contents[addr], write_addr,
                                                                             write_bytes, chunks_flushed))
    }

    
    
}
}
