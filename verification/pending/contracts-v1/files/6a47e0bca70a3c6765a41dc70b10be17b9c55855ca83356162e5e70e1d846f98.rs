
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

    
    
    
    /// Proves that a PM region has the given header at the given position. Useful for
    /// associating a region with a header structure when the struct will be used later
    /// in a proof.
    pub proof fn lemma_header_match(pm: Seq<u8>, header_pos: int, header: PersistentHeader)
        requires
            pm.len() > contents_offset,
            header_pos == header1_pos || header_pos == header2_pos,
            spec_bytes_to_header(pm.subrange(header_pos as int, header_pos + header_size)) == header,
        ensures
            ({
                let (_, headers, _) = pm_to_views(pm);
                &&& header_pos == header1_pos ==>
                        headers.header1 == header
                &&& header_pos == header2_pos ==>
                        headers.header2 == header
            })
    {
        assert(pm.subrange(header_pos as int, header_pos + header_size) =~=
                pm.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8) +
                pm.subrange(header_pos + header_head_offset, header_pos + header_size)
            );
        lemma_bytes_combine_into_header(
            pm.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8),
            pm.subrange(header_pos + header_head_offset, header_pos + header_size),
            header
        );
    }

    /// Proves that a given header structure consists of a CRC given in bytes as `crc_bytes` and a metadata structure
    /// given in bytes as `metadata_bytes`.
    #[verifier::external_body]
    pub proof fn lemma_bytes_combine_into_header(crc_bytes: Seq<u8>, metadata_bytes: Seq<u8>, header: PersistentHeader)
        requires
            crc_bytes.len() == 8,
            metadata_bytes.len() == header_size - 8,
            spec_bytes_to_header((crc_bytes + metadata_bytes)) == header,
        ensures
            ({
                let combined_header = PersistentHeader { crc: spec_u64_from_le_bytes(crc_bytes), metadata: spec_bytes_to_metadata(metadata_bytes) };
                header == combined_header
            })
    {
        unimplemented!()
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

    
    pub open spec(checked) fn spec_bytes_to_header(header_seq: Seq<u8>) -> PersistentHeader
        recommends
            header_seq.len() == header_size
    {
        let crc_val = spec_u64_from_le_bytes(header_seq.subrange(header_crc_offset as int, header_crc_offset +8));
        let metadata = spec_bytes_to_metadata(header_seq.subrange(header_head_offset as int, header_size as int));
        PersistentHeader {
            crc: crc_val,
            metadata
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    // offset of actual log contents from the beginning of the device
    pub const contents_offset: u64 = header2_pos + header_log_size_offset + 8;

    }
}
