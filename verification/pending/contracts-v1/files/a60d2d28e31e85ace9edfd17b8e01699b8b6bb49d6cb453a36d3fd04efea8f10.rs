
pub mod logimpl_v {

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

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn lemma_incorruptible_bool_unchanged(old_pm: Seq<u8>, new_pm: Seq<u8>)
        requires
            old_pm.len() == new_pm.len(),
            old_pm.len() >= contents_offset,
            old_pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8) =~= new_pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8)
        ensures
            ({
                let (old_ib, _, _) = pm_to_views(old_pm);
                let (new_ib, _, _) = pm_to_views(new_pm);
                old_ib == new_ib
            })
    {}

    
    
    
    
    
    
    
    
    // offset of actual log contents from the beginning of the device
    pub const contents_offset: u64 = header2_pos + header_log_size_offset + 8;

    }
}
