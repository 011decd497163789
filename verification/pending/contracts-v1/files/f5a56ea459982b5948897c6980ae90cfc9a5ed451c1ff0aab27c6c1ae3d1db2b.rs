
pub mod infinitelog_t {
/*

  This file models the abstraction of an infinite log that our log
  implementation is supposed to implement.

*/

use crate::pmemspec_t::*;
use vstd::prelude::*;
use vstd::set::*;

verus! {
    #[verifier::ext_equal]
    pub struct AbstractInfiniteLogState {
        pub head: int,
        pub log: Seq<u8>,
        pub capacity: int,
    }

    
}
}
pub mod logimpl_v {

use crate::infinitelog_t::*;
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

    pub const incorruptible_bool_pos: u64 = 0;
    pub const header1_pos: u64 = 8;
    pub const header2_pos: u64 = 40;

    // offsets of fields within the header structure
    pub const header_crc_offset: u64 = 0;
    pub const header_head_offset: u64 = 8;
    pub const header_tail_offset: u64 = 16;
    pub const header_log_size_offset: u64 = 24;

    pub const header_size: u64 = 32;

    /// Converts the view of a PM region into its incorruptible Boolean, a view of its header,
    /// and a data region.
    pub open spec fn pm_to_views(pm: Seq<u8>) -> (u64, HeaderView, Seq<u8>)
    {
        let incorruptible_bool = spec_u64_from_le_bytes(pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8));
        // read the CRC, then read the rest of the metadata, then combine them
        let crc1 = spec_u64_from_le_bytes(pm.subrange(header1_pos + header_crc_offset, header1_pos + header_crc_offset + 8));
        let crc2 = spec_u64_from_le_bytes(pm.subrange(header2_pos + header_crc_offset, header2_pos + header_crc_offset + 8));

        let header1_metadata = spec_bytes_to_metadata(pm.subrange(header1_pos + header_head_offset, header1_pos + header_size));
        let header2_metadata = spec_bytes_to_metadata(pm.subrange(header2_pos + header_head_offset, header2_pos + header_size));
        let header_view = HeaderView {
            header1: PersistentHeader {
                crc: crc1,
                metadata: header1_metadata,
            },
            header2: PersistentHeader {
                crc: crc2,
                metadata: header2_metadata,
            }
        };
        let data_view = pm.subrange(contents_offset as int, pm.len() as int);
        (
            incorruptible_bool,
            header_view,
            data_view
        )
    }

    
    
    
    
    
    
    
    #[verifier::ext_equal]
    pub struct PersistentHeader {
        pub crc: u64,
        pub metadata: PersistentHeaderMetadata,
    }

    #[verifier::ext_equal]
    pub struct PersistentHeaderMetadata {
        pub head: u64,
        pub tail: u64,
        pub log_size: u64,
    }

    #[verifier::ext_equal]
    pub struct HeaderView {
        pub header1: PersistentHeader,
        pub header2: PersistentHeader,
    }

    
    
    
    
    
    pub open spec(checked) fn spec_bytes_to_metadata(header_seq: Seq<u8>) -> PersistentHeaderMetadata
        recommends
            header_seq.len() == 3*8
    {
        let head = spec_u64_from_le_bytes(header_seq.subrange(header_head_offset - 8, header_head_offset - 8 + 8));
        let tail = spec_u64_from_le_bytes(header_seq.subrange(header_tail_offset - 8, header_tail_offset - 8 + 8));
        let log_size = spec_u64_from_le_bytes(header_seq.subrange(header_log_size_offset - 8, header_log_size_offset - 8 + 8));
        PersistentHeaderMetadata {
            head,
            tail,
            log_size
        }
    }

    
    
    
    
    
    
    /// Proves that a non-crashing update to the inactive header does not change any visible PM state.
    pub proof fn lemma_inactive_header_update_view(pm: Seq<u8>, new_header_bytes: Seq<u8>, header_pos: int)
        requires
            UntrustedLogImpl::recover(pm) is Some,
            header_pos == header1_pos || header_pos == header2_pos,
            ({
                // the new bytes must be written to the inactive header
                let (old_ib, old_headers, old_data) = pm_to_views(pm);
                &&& old_ib == cdb0_val ==> header_pos == header2_pos
                &&& old_ib == cdb1_val ==> header_pos == header1_pos
            }),
            new_header_bytes.len() == header_size,
            pm.len() > contents_offset,
        ensures
            ({
                let new_pm = update_contents_to_reflect_write(pm, header_pos, new_header_bytes);
                let (old_ib, old_headers, old_data) = pm_to_views(pm);
                let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
                &&& old_ib == new_ib
                &&& old_data =~= old_data
                &&& header_pos == header1_pos ==>
                    old_headers.header2 == new_headers.header2
                &&& header_pos == header2_pos ==>
                    old_headers.header1 == new_headers.header1
                &&& UntrustedLogImpl::recover(new_pm) is Some
            })
    {
        let new_pm = update_contents_to_reflect_write(pm, header_pos, new_header_bytes);
        let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
        assert(pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8) =~= new_pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8));
        if header_pos == header1_pos {
            // we wrote to header1, so header2 should have stayed the same
            assert(pm.subrange(header2_pos + header_crc_offset, header2_pos + header_crc_offset + 8) =~=
                new_pm.subrange(header2_pos + header_crc_offset, header2_pos + header_crc_offset + 8));

            assert(pm.subrange(header2_pos + header_head_offset, header2_pos + header_size) =~=
                new_pm.subrange(header2_pos + header_head_offset, header2_pos + header_size));
        } else {
            // we wrote to header2, so header1 should have stayed the same
            assert(pm.subrange(header1_pos + header_crc_offset, header1_pos + header_crc_offset + 8) =~=
                new_pm.subrange(header1_pos + header_crc_offset, header1_pos + header_crc_offset + 8));

            assert(pm.subrange(header1_pos + header_head_offset, header1_pos + header_size) =~=
                new_pm.subrange(header1_pos + header_head_offset, header1_pos + header_size));
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub open spec fn spec_addr_logical_to_physical(addr: int, log_size: int) -> int {
        (addr % log_size) + contents_offset
    }

    pub struct UntrustedLogImpl {
        pub incorruptible_bool: u64,
        // header fields are stored separately because of limitations
        // on deriving Copy/Clone for the header structures
        pub header_crc: u64,
        pub head: u64,
        pub tail: u64,
        pub log_size: u64,
    }

    // offset of actual log contents from the beginning of the device
    pub const contents_offset: u64 = header2_pos + header_log_size_offset + 8;

    impl UntrustedLogImpl {

        
        pub open spec fn log_state_is_valid(pm: Seq<u8>) -> bool {
            let (ib, headers, data) = pm_to_views(pm);
            let live_header = if ib == cdb0_val {
                headers.header1
            } else {
                headers.header2
            };

            let head = live_header.metadata.head as int;
            let tail = live_header.metadata.tail as int;
            let log_size = live_header.metadata.log_size as int;

            &&& ib == cdb0_val || ib == cdb1_val
            &&& log_size + contents_offset <= u64::MAX
            &&& log_size > 0
            &&& log_size + contents_offset == pm.len()
            &&& tail - head < log_size
            &&& ib == cdb0_val ==> {
                    &&& live_header.crc == spec_u64_from_le_bytes(spec_crc_bytes(pm.subrange(header1_pos + header_head_offset, header1_pos + header_size)))
                    &&& pm.subrange(header1_pos + header_crc_offset, header1_pos + header_crc_offset + 8) =~= spec_crc_bytes(pm.subrange(header1_pos + header_head_offset, header1_pos + header_size))
                }
            &&& ib == cdb1_val ==> {
                &&& live_header.crc == spec_u64_from_le_bytes(spec_crc_bytes(pm.subrange(header2_pos + header_head_offset, header2_pos + header_size)))
                &&& pm.subrange(header2_pos + header_crc_offset, header2_pos + header_crc_offset + 8) =~= spec_crc_bytes(pm.subrange(header2_pos + header_head_offset, header2_pos + header_size))
            }
            &&& head <= tail
        }

        pub open spec fn recover(pm: Seq<u8>) -> Option<AbstractInfiniteLogState>
        {
            let (ib, headers, data) = pm_to_views(pm);
            if !Self::log_state_is_valid(pm) {
                None
            } else {
                let live_header = if ib == cdb0_val {
                    headers.header1
                } else {
                    headers.header2
                };

                let head = live_header.metadata.head as int;
                let tail = live_header.metadata.tail as int;
                let log_size = live_header.metadata.log_size as int;
                let contents_end = log_size + contents_offset;
                let physical_head = spec_addr_logical_to_physical(head, log_size);
                let physical_tail = spec_addr_logical_to_physical(tail, log_size);

                let abstract_log = if physical_head < physical_tail {
                    pm.subrange(physical_head, physical_tail)
                } else if physical_tail < physical_head {
                    let range1 = pm.subrange(physical_head, contents_end);
                    let range2 = pm.subrange(contents_offset as int, physical_tail);
                    range1 + range2
                } else {
                    Seq::empty()
                };

                Some(AbstractInfiniteLogState { head: head, log: abstract_log, capacity: log_size - 1 })
            }
        }

        // This is the invariant that the untrusted log implementation
        // maintains between its local state and the contents of
        // persistent memory.
        
        // This is the invariant that the untrusted log implementation
        // maintains between its local state and the write-restricted
        // persistent memory.
        
        
        
        // Since untrusted_setup doesn't take a WriteRestrictedPersistentMemory, it is not guaranteed
        // to perform crash-safe updates.
        
        
        
        
        
        
        
            }
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

    
    
    
    
    pub uninterp spec fn spec_crc_bytes(header_bytes: Seq<u8>) -> Seq<u8>;

    
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

    pub const cdb0_val: u64 = 0xa32842d19001605e; // CRC(b"0")
    pub const cdb1_val: u64 = 0xab21aa73069531b7; // CRC(b"1")

    
    
    // We mark this as `external_body` so that the verifier can't see
    // that there's nothing important in it and thereby shortcut some
    // checks.

    
    
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

    
    
    
    
}
}
