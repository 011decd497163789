
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

    impl AbstractInfiniteLogState {
        
        pub open spec fn append(self, bytes: Seq<u8>) -> Self {
            Self{ head: self.head, log: self.log + bytes, capacity: self.capacity }
        }

            }

}
}
pub mod logimpl_v {

use crate::infinitelog_t::*;
use crate::main_t::*;
use crate::math_v::*;
use crate::pmemspec_t::*;
use crate::sccf::CheckPermission;
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

    pub open spec fn spec_get_live_header(pm: Seq<u8>) -> PersistentHeader
    {
        let (ib, headers, _) = pm_to_views(pm);
        if ib == cdb0_val {
            headers.header1
        } else {
            headers.header2
        }
    }

    pub open spec fn permissions_depend_only_on_recovery_view<Perm: CheckPermission<Seq<u8>>>(perm: &Perm) -> bool
    {
        forall |s1, s2| recovery_view()(s1) == recovery_view()(s2) ==> perm.check_permission(s1) == perm.check_permission(s2)
    }

    pub proof fn lemma_same_permissions<Perm: CheckPermission<Seq<u8>>>(pm1: Seq<u8>, pm2: Seq<u8>, perm: &Perm)
        requires
            recovery_view()(pm1) =~= recovery_view()(pm2),
            perm.check_permission(pm1),
            permissions_depend_only_on_recovery_view(perm)
        ensures
            perm.check_permission(pm2)
    {}

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
        let crc_val = spec_u64_from_le_bytes(crc_bytes);
        let metadata = spec_bytes_to_metadata(metadata_bytes);
        lemma_seq_addition(crc_bytes, metadata_bytes);

        let combined_header = spec_bytes_to_header((crc_bytes + metadata_bytes));
        assert(combined_header.crc == crc_val);
        assert(metadata == spec_bytes_to_metadata((crc_bytes + metadata_bytes).subrange(header_head_offset as int, header_size as int)));
        assert(combined_header.metadata == metadata);
    }

    
    pub proof fn lemma_seq_addition(bytes1: Seq<u8>, bytes2: Seq<u8>)
        ensures
            ({
                let i = bytes1.len() as int;
                let j = bytes2.len() as int;
                &&& (bytes1 + bytes2).subrange(0, i) =~= bytes1
                &&& (bytes1 + bytes2).subrange(i, i + j) =~= bytes2
            })
    {
        assert(forall |i: int| #![auto] 0 <= i < bytes1.len() ==> (bytes1 + bytes2)[i] == bytes1[i]);
        assert(forall |i: int| #![auto] 0 <= i < bytes2.len() ==> (bytes1 + bytes2)[bytes1.len() + i] == bytes2[i]);
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

    
    
    
    exec fn metadata_to_bytes(metadata: &PersistentHeaderMetadata) -> (out: Vec<u8>)
        ensures
            metadata == spec_bytes_to_metadata(out@),
            out@.len() == header_size - 8,
    {
        let mut bytes: Vec<u8> = Vec::new();
        let ghost old_bytes = bytes@;

        let mut head_bytes = u64_to_le_bytes(metadata.head);
        let ghost old_head_bytes = head_bytes@;
        let mut tail_bytes = u64_to_le_bytes(metadata.tail);
        let ghost old_tail_bytes = tail_bytes@;
        let mut log_size_bytes = u64_to_le_bytes(metadata.log_size);
        let ghost old_log_size_bytes = log_size_bytes@;

        bytes.append(&mut head_bytes);
        bytes.append(&mut tail_bytes);
        bytes.append(&mut log_size_bytes);

        proof {
            lemma_auto_spec_u64_to_from_le_bytes();
            assert(old_bytes == Seq::<u8>::empty());
            assert(old_head_bytes =~= bytes@.subrange(header_head_offset - 8, header_head_offset - 8 + 8));
            assert(old_tail_bytes =~= bytes@.subrange(header_tail_offset - 8, header_tail_offset - 8 + 8));
            assert(old_log_size_bytes =~= bytes@.subrange(header_log_size_offset - 8, header_log_size_offset - 8 + 8));
        }
        bytes
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

    /// Proves that a write to data that does not touch any metadata is crash safe.
    pub proof fn lemma_data_write_is_safe<Perm>(pm: Seq<u8>, bytes: Seq<u8>, write_addr: int, perm: &Perm)
        where
            Perm: CheckPermission<Seq<u8>>,
        requires
            UntrustedLogImpl::recover(pm) is Some,
            pm.len() > contents_offset,
            contents_offset <= write_addr < pm.len(),
            perm.check_permission(pm),
            permissions_depend_only_on_recovery_view(perm),
            ({
                // write must be a valid write and not overlap the live log
                let live_header = spec_get_live_header(pm);
                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                &&& physical_head <= physical_tail ==> {
                    &&& write_addr + bytes.len() <= live_header.metadata.log_size + contents_offset
                    &&& write_addr < physical_head ==> write_addr + bytes.len() <= physical_head
                    &&& (physical_tail <= write_addr || write_addr < physical_head)
                }
                &&& physical_tail < physical_head ==> {
                    &&& physical_tail <= write_addr <= write_addr + bytes.len() < physical_head
                }
            }),
        ensures
            UntrustedLogImpl::recover(pm) is Some,
            forall |chunks_flushed| {
                let new_pm = #[trigger] update_contents_to_reflect_partially_flushed_write(
                    pm, write_addr, bytes, chunks_flushed);
                perm.check_permission(new_pm)
            },
            ({
                let new_pm = update_contents_to_reflect_write(pm, write_addr, bytes);
                perm.check_permission(new_pm)
            }),
            update_data_view_postcond(pm, bytes, write_addr),
    {
        let new_pm = update_contents_to_reflect_write(pm, write_addr, bytes);
        lemma_append_data_update_view(pm, bytes, write_addr);
        lemma_same_log_state(pm, new_pm);

        assert forall |chunks_flushed| {
            let new_pm = #[trigger] update_contents_to_reflect_partially_flushed_write(
                pm, write_addr, bytes, chunks_flushed);
            perm.check_permission(new_pm)
        } by {
            let new_pm = update_contents_to_reflect_partially_flushed_write(
                pm, write_addr, bytes, chunks_flushed);
            lemma_append_data_update_view_crash(pm, bytes, write_addr, chunks_flushed);
            lemma_same_log_state(pm, new_pm);
            lemma_same_permissions(pm, new_pm, perm);
        }
    }

    pub open spec fn update_data_view_postcond(pm: Seq<u8>, new_bytes: Seq<u8>, write_addr: int) -> bool
    {
        let new_pm = update_contents_to_reflect_write(pm, write_addr, new_bytes);
        let (old_ib, old_headers, old_data) = pm_to_views(pm);
        let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
        let live_header = spec_get_live_header(pm);
        let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
        let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
        &&& old_ib == new_ib
        &&& old_headers == new_headers
        &&& new_data.len() == old_data.len()
        &&& new_data.subrange(write_addr - contents_offset, write_addr - contents_offset + new_bytes.len()) =~= new_bytes
        &&& new_data.subrange(0, write_addr - contents_offset) =~= old_data.subrange(0, write_addr - contents_offset)
        &&& new_data.subrange(write_addr - contents_offset + new_bytes.len(), new_data.len() as int) =~=
                old_data.subrange(write_addr - contents_offset + new_bytes.len(), old_data.len() as int)
        &&& UntrustedLogImpl::recover(new_pm) is Some

        &&& physical_head < physical_tail ==>
                new_data.subrange(physical_head - contents_offset, physical_tail - contents_offset) =~= old_data.subrange(physical_head - contents_offset, physical_tail - contents_offset)
        &&& physical_tail < physical_head ==> {
                &&& old_data.subrange(physical_head - contents_offset, live_header.metadata.log_size as int) =~= new_data.subrange(physical_head - contents_offset, live_header.metadata.log_size as int)
                &&& old_data.subrange(0, physical_tail - contents_offset) =~= new_data.subrange(0, physical_tail - contents_offset)
        }
    }

    /// Proves that a non-crashing data write updates data bytes but no log metadata.
    pub proof fn lemma_append_data_update_view(pm: Seq<u8>, new_bytes: Seq<u8>, write_addr: int)
        requires
            UntrustedLogImpl::recover(pm) is Some,
            pm.len() > contents_offset,
            contents_offset <= write_addr < pm.len(),
            ({
                // write must be a valid write and not overlap the live log
                let live_header = spec_get_live_header(pm);
                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                &&& physical_head <= physical_tail ==> {
                        &&& write_addr + new_bytes.len() <= live_header.metadata.log_size + contents_offset
                        &&& write_addr < physical_head ==> write_addr + new_bytes.len() <= physical_head
                        &&& (physical_tail <= write_addr || write_addr < physical_head)
                }
                &&& physical_tail < physical_head ==> {
                        &&& physical_tail <= write_addr <= write_addr + new_bytes.len() < physical_head
                }
            }),
        ensures
            UntrustedLogImpl::recover(pm) is Some,
            update_data_view_postcond(pm, new_bytes, write_addr),
    {
        let live_header = spec_get_live_header(pm);
        let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
        let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
        let new_pm = update_contents_to_reflect_write(pm, write_addr, new_bytes);
        lemma_headers_unchanged(pm, new_pm);
        lemma_incorruptible_bool_unchanged(pm, new_pm);
        assert(live_header == spec_get_live_header(new_pm));
        assert(new_pm.subrange(0, write_addr) =~= pm.subrange(0, write_addr));
        assert(new_pm.subrange(write_addr + new_bytes.len(), new_pm.len() as int) =~= pm.subrange(write_addr + new_bytes.len(), pm.len() as int));
        lemma_subrange_equality_implies_subsubrange_equality(pm, new_pm, 0, write_addr);
        lemma_subrange_equality_implies_subsubrange_equality(pm, new_pm, write_addr + new_bytes.len(), new_pm.len() as int);
        if physical_head < physical_tail {
            assert(new_pm.subrange(physical_head as int, physical_tail as int) =~= pm.subrange(physical_head as int, physical_tail as int));
        }
    }

    /// Proves that a crashing data write updates data bytes but no log metadata.
    pub proof fn lemma_append_data_update_view_crash(pm: Seq<u8>, new_bytes: Seq<u8>, write_addr: int, chunks_flushed: Set<int>)
        requires
            UntrustedLogImpl::recover(pm) is Some,
            pm.len() > contents_offset,
            contents_offset <= write_addr < pm.len(),
            ({
                // write must be a valid write and not overlap the live log
                let live_header = spec_get_live_header(pm);
                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                &&& physical_head <= physical_tail ==> write_addr + new_bytes.len() <= live_header.metadata.log_size + contents_offset
                &&& physical_tail < physical_head ==> write_addr + new_bytes.len() < physical_head
            })
        ensures
            UntrustedLogImpl::recover(pm) is Some,
            ({
                let new_pm = update_contents_to_reflect_partially_flushed_write(pm, write_addr, new_bytes, chunks_flushed);
                let (old_ib, old_headers, old_data) = pm_to_views(pm);
                let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
                &&& old_ib == new_ib
                &&& old_headers == new_headers
                &&& new_data.len() == old_data.len()
                &&& new_data.subrange(0, write_addr - contents_offset) =~= old_data.subrange(0, write_addr - contents_offset)
                &&& new_data.subrange(write_addr - contents_offset + new_bytes.len(), new_data.len() as int) =~=
                        old_data.subrange(write_addr - contents_offset + new_bytes.len(), old_data.len() as int)
                &&& UntrustedLogImpl::recover(new_pm) is Some
            })
    {
        let live_header = spec_get_live_header(pm);
        let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
        let new_pm = update_contents_to_reflect_partially_flushed_write(pm, write_addr, new_bytes, chunks_flushed);
        lemma_headers_unchanged(pm, new_pm);
        lemma_incorruptible_bool_unchanged(pm, new_pm);
        assert(new_pm.subrange(0, write_addr) =~= pm.subrange(0, write_addr));
        assert(new_pm.subrange(write_addr + new_bytes.len(), new_pm.len() as int) =~= pm.subrange(write_addr + new_bytes.len(), pm.len() as int));
        lemma_subrange_equality_implies_subsubrange_equality(pm, new_pm, 0, write_addr);
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

    /// Proves that a crashing update to the inactive header does not change any visible PM state.
    pub proof fn lemma_inactive_header_update_view_crash(pm: Seq<u8>, new_header_bytes: Seq<u8>, header_pos: int, chunks_flushed: Set<int>)
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
                let new_pm = update_contents_to_reflect_partially_flushed_write(
                    pm, header_pos, new_header_bytes, chunks_flushed);
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
        let new_pm = update_contents_to_reflect_partially_flushed_write(
            pm, header_pos, new_header_bytes, chunks_flushed);
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

    pub proof fn lemma_append_ib_update_effect_on_committed<Perm: CheckPermission<Seq<u8>>>(
        pm: Seq<u8>,
        new_ib: u64,
        bytes_to_append: Seq<u8>,
        new_header_bytes: Seq<u8>,
        perm: &Perm
    )
        requires
            pm.len() > contents_offset,
            UntrustedLogImpl::recover(pm) is Some,
            new_ib == cdb0_val || new_ib == cdb1_val,
            new_ib == cdb0_val ==>
                pm.subrange(header1_pos as int, header1_pos + header_size) == new_header_bytes,
            new_ib == cdb1_val ==>
                pm.subrange(header2_pos as int, header2_pos + header_size) == new_header_bytes,
            new_header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) ==
                spec_crc_bytes(new_header_bytes.subrange(header_head_offset as int, header_size as int)),
            ({
                let new_header = spec_bytes_to_header(new_header_bytes);
                let live_header = spec_get_live_header(pm);
                &&& new_header.metadata.tail == live_header.metadata.tail + bytes_to_append.len()
                &&& new_header.metadata.head == live_header.metadata.head
                &&& new_header.metadata.log_size == live_header.metadata.log_size
                &&& new_header.metadata.tail - new_header.metadata.head < new_header.metadata.log_size
            }),
            perm.check_permission(pm),
            permissions_depend_only_on_recovery_view(perm),
            ({
                let live_header = spec_get_live_header(pm);
                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                let contents_end = (live_header.metadata.log_size + contents_offset) as int;
                let append_size = bytes_to_append.len();
                let len1 = (contents_end - physical_tail);
                let len2 = bytes_to_append.len() - len1;

                &&& physical_tail + append_size >= contents_end ==> {
                    &&& pm.subrange(physical_tail, contents_end) =~= bytes_to_append.subrange(0, len1)
                    &&& pm.subrange(contents_offset as int, contents_offset + len2) =~= bytes_to_append.subrange(len1 as int, append_size as int)
                    &&& bytes_to_append =~= pm.subrange(physical_tail, contents_end) + pm.subrange(contents_offset as int, contents_offset + len2)
                }
                &&& physical_head <= physical_tail && physical_tail + append_size < contents_end ==> {
                    pm.subrange(physical_tail, physical_tail + append_size) =~= bytes_to_append
                }
                &&& physical_tail < physical_head ==> {
                    &&& physical_tail + append_size < physical_head
                    &&& pm.subrange(physical_tail, physical_tail + append_size) =~= bytes_to_append
                }
            }),
            ({
                let old_log_state = UntrustedLogImpl::recover(pm);
                forall |pm_state| #[trigger] perm.check_permission(pm_state) <==> {
                    let log_state = UntrustedLogImpl::recover(pm_state);
                    log_state == old_log_state || log_state == Some(old_log_state.unwrap().append(bytes_to_append))
                }
            }),
        ensures
            ({
                let ib_bytes = spec_u64_to_le_bytes(new_ib);
                let new_pm = update_contents_to_reflect_write(pm, incorruptible_bool_pos as int, ib_bytes);
                let old_log_state = UntrustedLogImpl::recover(pm);
                let new_log_state = UntrustedLogImpl::recover(new_pm);
                let new_live_header = spec_get_live_header(new_pm);
                let (new_pm_ib, _, _) = pm_to_views(new_pm);
                &&& match (old_log_state, new_log_state) {
                        (Some(old_log_state), Some(new_log_state)) => {
                            &&& new_log_state =~= old_log_state.append(bytes_to_append)
                            &&& perm.check_permission(new_pm)
                        }
                        _ => false,
                    }
                &&& new_live_header == spec_bytes_to_header(new_header_bytes)
                &&& new_ib == new_pm_ib
            }),
    {
        let ib_bytes = spec_u64_to_le_bytes(new_ib);
        let live_header = spec_get_live_header(pm);
        let append_size = bytes_to_append.len();
        let contents_end = live_header.metadata.log_size + contents_offset;
        let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);

        lemma_auto_spec_u64_to_from_le_bytes();

        let new_pm = update_contents_to_reflect_write(pm, incorruptible_bool_pos as int, ib_bytes);
        lemma_headers_unchanged(pm, new_pm);
        assert(new_pm.subrange(incorruptible_bool_pos as int, incorruptible_bool_pos + 8) =~= ib_bytes);

        let new_header = spec_bytes_to_header(new_header_bytes);
        let (ib, headers, data) = pm_to_views(new_pm);
        let header_pos = if new_ib == cdb0_val {
            header1_pos
        } else {
            header2_pos
        };
        assert(new_pm.subrange(header_pos as int, header_pos + header_size) =~= new_header_bytes);
        lemma_header_match(new_pm, header_pos as int, new_header);
        lemma_header_correct(new_pm, new_header_bytes, header_pos as int);

        // prove that new pm has the append update
        let new_log_state = UntrustedLogImpl::recover(new_pm);
        let old_log_state = UntrustedLogImpl::recover(pm);

        match (new_log_state, old_log_state) {
            (Some(new_log_state), Some(old_log_state)) => {
                lemma_pm_state_header(new_pm);
                lemma_pm_state_header(pm);

                let old_header = spec_get_live_header(pm);
                let live_header = spec_get_live_header(new_pm);
                assert(live_header == new_header);

                assert(live_header.metadata.head == old_header.metadata.head);
                assert(live_header.metadata.tail == old_header.metadata.tail + bytes_to_append.len());

                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let new_physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                let old_physical_tail = spec_addr_logical_to_physical(old_header.metadata.tail as int, old_header.metadata.log_size as int);
                assert(old_physical_tail == physical_tail);

                let (_, _, old_data) = pm_to_views(pm);
                let (_, _, new_data) = pm_to_views(pm);

                if physical_head <= old_physical_tail {
                    if old_physical_tail + append_size >= contents_end {
                        assert(new_log_state.log =~= new_data.subrange(physical_head - contents_offset, old_physical_tail - contents_offset) +
                                                    new_data.subrange(old_physical_tail - contents_offset, contents_end - contents_offset) +
                                                    new_data.subrange(0, new_physical_tail - contents_offset));
                        assert(new_log_state.log =~= old_data.subrange(physical_head - contents_offset, old_physical_tail - contents_offset) +
                                                    new_data.subrange(old_physical_tail - contents_offset, contents_end - contents_offset) +
                                                    new_data.subrange(0, new_physical_tail - contents_offset));
                        let len1 = (contents_end - old_physical_tail);
                        let len2 = bytes_to_append.len() - len1;
                        assert(bytes_to_append =~= new_data.subrange(old_physical_tail - contents_offset, contents_end - contents_offset) +
                                                    new_data.subrange(0, new_physical_tail - contents_offset));
                        assert(new_log_state.log =~= old_data.subrange(physical_head - contents_offset, old_physical_tail - contents_offset) + bytes_to_append);
                    } else {
                        assert(old_data.subrange(0, old_physical_tail - contents_offset) =~= new_data.subrange(0, old_physical_tail - contents_offset));
                        assert(new_data.subrange(old_physical_tail - contents_offset, old_physical_tail - contents_offset + append_size) =~= bytes_to_append);
                    }
                } else { // physical_tail < physical_head
                    assert(old_physical_tail + append_size < physical_head);
                }
                assert(new_log_state =~= old_log_state.append(bytes_to_append));
                assert(perm.check_permission(new_pm));
            }
            _ => assert(false),
        }
    }

    /// Proves that an update to the incorruptible boolean is crash-safe and switches the log's
    /// active header. This lemma does most of the work to prove that untrusted_append is
    /// implemented correctly.
    pub proof fn lemma_append_ib_update<Perm: CheckPermission<Seq<u8>>>(
        pm: Seq<u8>,
        new_ib: u64,
        bytes_to_append: Seq<u8>,
        new_header_bytes: Seq<u8>,
        perm: &Perm
    )
        requires
            pm.len() > contents_offset,
            UntrustedLogImpl::recover(pm) is Some,
            new_ib == cdb0_val || new_ib == cdb1_val,
            new_ib == cdb0_val ==>
                pm.subrange(header1_pos as int, header1_pos + header_size) == new_header_bytes,
            new_ib == cdb1_val ==>
                pm.subrange(header2_pos as int, header2_pos + header_size) == new_header_bytes,
            new_header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) ==
                spec_crc_bytes(new_header_bytes.subrange(header_head_offset as int, header_size as int)),
            ({
                let new_header = spec_bytes_to_header(new_header_bytes);
                let live_header = spec_get_live_header(pm);
                &&& new_header.metadata.tail == live_header.metadata.tail + bytes_to_append.len()
                &&& new_header.metadata.head == live_header.metadata.head
                &&& new_header.metadata.log_size == live_header.metadata.log_size
                &&& new_header.metadata.tail - new_header.metadata.head < new_header.metadata.log_size
            }),
            perm.check_permission(pm),
            permissions_depend_only_on_recovery_view(perm),
            ({
                let live_header = spec_get_live_header(pm);
                let physical_head = spec_addr_logical_to_physical(live_header.metadata.head as int, live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(live_header.metadata.tail as int, live_header.metadata.log_size as int);
                let contents_end = (live_header.metadata.log_size + contents_offset) as int;
                let append_size = bytes_to_append.len();
                let len1 = (contents_end - physical_tail);
                let len2 = bytes_to_append.len() - len1;

                &&& physical_tail + append_size >= contents_end ==> {
                    &&& pm.subrange(physical_tail, contents_end) =~= bytes_to_append.subrange(0, len1)
                    &&& pm.subrange(contents_offset as int, contents_offset + len2) =~= bytes_to_append.subrange(len1 as int, append_size as int)
                    &&& bytes_to_append =~= pm.subrange(physical_tail, contents_end) + pm.subrange(contents_offset as int, contents_offset + len2)
                }
                &&& physical_head <= physical_tail && physical_tail + append_size < contents_end ==> {
                    pm.subrange(physical_tail, physical_tail + append_size) =~= bytes_to_append
                }
                &&& physical_tail < physical_head ==> {
                    &&& physical_tail + append_size < physical_head
                    &&& pm.subrange(physical_tail, physical_tail + append_size) =~= bytes_to_append
                }
            }),
            ({
                let old_log_state = UntrustedLogImpl::recover(pm);
                forall |pm_state| #[trigger] perm.check_permission(pm_state) <==> {
                    let log_state = UntrustedLogImpl::recover(pm_state);
                    log_state == old_log_state || log_state == Some(old_log_state.unwrap().append(bytes_to_append))
                }
            }),
        ensures
            ({
                let ib_bytes = spec_u64_to_le_bytes(new_ib);
                let new_pm = update_contents_to_reflect_write(pm, incorruptible_bool_pos as int, ib_bytes);
                let old_log_state = UntrustedLogImpl::recover(pm);
                let new_log_state = UntrustedLogImpl::recover(new_pm);
                let new_live_header = spec_get_live_header(new_pm);
                let (new_pm_ib, _, _) = pm_to_views(new_pm);
                &&& match (old_log_state, new_log_state) {
                        (Some(old_log_state), Some(new_log_state)) => {
                            &&& new_log_state =~= old_log_state.append(bytes_to_append)
                            &&& perm.check_permission(new_pm)
                        }
                        _ => false,
                    }
                &&& new_live_header == spec_bytes_to_header(new_header_bytes)
                &&& new_ib == new_pm_ib
            }),
            forall |chunks_flushed| {
                let new_pm = #[trigger] update_contents_to_reflect_partially_flushed_write(
                    pm, incorruptible_bool_pos as int, spec_u64_to_le_bytes(new_ib), chunks_flushed);
                &&& perm.check_permission(new_pm)
            },
    {
        lemma_append_ib_update_effect_on_committed::<Perm>(pm, new_ib, bytes_to_append, new_header_bytes, perm);

        let ib_bytes = spec_u64_to_le_bytes(new_ib);
        lemma_auto_spec_u64_to_from_le_bytes();
        lemma_single_write_crash(pm, incorruptible_bool_pos as int, ib_bytes);
    }

    pub open spec fn live_data_view_eq(old_pm: Seq<u8>, new_pm: Seq<u8>) -> bool
    {
        let (old_ib, old_headers, old_data) = pm_to_views(old_pm);
        let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
        let old_live_header = spec_get_live_header(old_pm);
        let new_live_header = spec_get_live_header(new_pm);
        let physical_head = spec_addr_logical_to_physical(old_live_header.metadata.head as int, old_live_header.metadata.log_size as int);
        let physical_tail = spec_addr_logical_to_physical(old_live_header.metadata.tail as int, old_live_header.metadata.log_size as int);
        let log_size = old_live_header.metadata.log_size;
        let physical_data_head = physical_head - contents_offset;
        let physical_data_tail = physical_tail - contents_offset;

        &&& new_live_header == old_live_header
        &&& physical_head < physical_tail ==>
                old_data.subrange(physical_data_head, physical_data_tail) =~= new_data.subrange(physical_data_head, physical_data_tail)
        &&& physical_tail < physical_head ==> {
                &&& old_data.subrange(physical_data_head as int, log_size as int) =~= new_data.subrange(physical_data_head as int, log_size as int)
                &&& old_data.subrange(0, physical_data_tail as int) =~= new_data.subrange(0, physical_data_tail as int)
        }
        &&& physical_tail == physical_head ==>
                physical_data_head == physical_data_tail
    }

    pub proof fn lemma_same_log_state(old_pm: Seq<u8>, new_pm: Seq<u8>)
        requires
            UntrustedLogImpl::recover(old_pm) is Some,
            UntrustedLogImpl::recover(new_pm) is Some,
            live_data_view_eq(old_pm, new_pm),
            ({
                let (old_ib, old_headers, old_data) = pm_to_views(old_pm);
                let (new_ib, new_headers, new_data) = pm_to_views(new_pm);
                &&& old_ib == cdb0_val || old_ib == cdb1_val
                &&& old_ib == new_ib
                &&& old_ib == cdb0_val ==> {
                    &&& old_headers.header1 == new_headers.header1
                }
                &&& old_ib == cdb1_val ==> {
                    &&& old_headers.header2 == new_headers.header2
                }
            })
        ensures
            UntrustedLogImpl::recover(old_pm) =~=
                UntrustedLogImpl::recover(new_pm)
    {
        let old_state = UntrustedLogImpl::recover(old_pm);
        let new_state = UntrustedLogImpl::recover(new_pm);
        let (old_ib, old_headers, old_data) = pm_to_views(old_pm);
        let (new_ib, new_headers, new_data) = pm_to_views(new_pm);

        assert(old_state is Some);
        assert(new_state is Some);
        match (old_state, new_state) {
            (Some(old_state), Some(new_state)) => {
                let (old_live_header, new_live_header) = if old_ib == cdb0_val {
                    (old_headers.header1, new_headers.header1)
                } else {
                    (old_headers.header2, new_headers.header2)
                };

                assert(old_state.head == old_live_header.metadata.head);
                assert(new_state.head == new_live_header.metadata.head);
                assert(old_live_header.metadata.tail == new_live_header.metadata.tail);
                let physical_head = spec_addr_logical_to_physical(old_live_header.metadata.head as int, old_live_header.metadata.log_size as int);
                let physical_tail = spec_addr_logical_to_physical(old_live_header.metadata.tail as int, old_live_header.metadata.log_size as int);
                let contents_end = old_live_header.metadata.log_size + contents_offset;

                if physical_head < physical_tail {
                    assert(old_pm.subrange(physical_head, physical_tail) =~= old_data.subrange(physical_head - contents_offset, physical_tail - contents_offset));
                    assert(old_pm.subrange(physical_head, physical_tail) =~= new_pm.subrange(physical_head, physical_tail));
                } else if physical_tail < physical_head {
                    assert(old_pm.subrange(physical_head, contents_end) =~= old_data.subrange(physical_head - contents_offset, contents_end - contents_offset));
                    assert(old_pm.subrange(contents_offset as int, physical_tail) =~= old_data.subrange(contents_offset - contents_offset, physical_tail - contents_offset));
                    assert(old_pm.subrange(physical_head, contents_end) + old_pm.subrange(contents_offset as int, physical_tail) =~=
                        new_pm.subrange(physical_head, contents_end) + new_pm.subrange(contents_offset as int, physical_tail));
                } else {
                    assert(physical_head == physical_tail);
                    assert(old_state.log.len() == 0);
                    assert(new_state.log.len() == 0);
                }
            }
            _ => assert(false),
        }
    }

    pub proof fn lemma_subrange_equality_implies_index_equality<T>(s1: Seq<T>, s2: Seq<T>, i: int, j: int)
        requires
            0 <= i <= j <= s1.len(),
            j <= s2.len(),
            s1.subrange(i, j) == s2.subrange(i, j)
        ensures
            forall |k| i <= k < j ==> s1[k] == s2[k]
    {
        assert forall |k| i <= k < j implies s1[k] == s2[k] by {
            // Trigger axiom_seq_subrange_index
            assert (s1[k] == s1.subrange(i, j)[k - i]);
            assert (s2[k] == s2.subrange(i, j)[k - i]);
        }
    }

    pub proof fn lemma_subrange_equality_implies_subsubrange_equality<T>(s1: Seq<T>, s2: Seq<T>, i: int, j: int)
        requires
            0 <= i <= j <= s1.len(),
            j <= s2.len(),
            s1.subrange(i, j) == s2.subrange(i, j)
        ensures
            forall |k, m| i <= k <= m <= j ==> s1.subrange(k, m) == s2.subrange(k, m)
    {
        lemma_subrange_equality_implies_index_equality(s1, s2, i, j);
        assert forall |k, m| i <= k <= m <= j implies s1.subrange(k, m) == s2.subrange(k, m) by {
            assert (s1.subrange(k, m) =~= s2.subrange(k, m));
        }
    }

    pub proof fn lemma_subrange_equality_implies_subsubrange_equality_forall<T>()
        ensures
            forall |s1: Seq<T>, s2: Seq<T>, i: int, j: int, k: int, m: int|
                {
                    &&& 0 <= i <= j <= s1.len()
                    &&& j <= s2.len()
                    &&& s1.subrange(i, j) == s2.subrange(i, j)
                    &&& i <= k <= m <= j
                }
                ==> s1.subrange(k, m) == s2.subrange(k, m)
    {
        assert forall |s1: Seq<T>, s2: Seq<T>, i: int, j: int, k: int, m: int|
                   {
                       &&& 0 <= i <= j <= s1.len()
                       &&& j <= s2.len()
                       &&& s1.subrange(i, j) == s2.subrange(i, j)
                       &&& i <= k <= m <= j
                   }
                   implies s1.subrange(k, m) == s2.subrange(k, m) by {
            lemma_subrange_equality_implies_subsubrange_equality(s1, s2, i, j);
        }
    }

    pub proof fn lemma_headers_unchanged(old_pm: Seq<u8>, new_pm: Seq<u8>)
        requires
            old_pm.len() == new_pm.len(),
            old_pm.len() >= contents_offset,
            old_pm.subrange(header1_pos as int, header1_pos + header_size) =~= new_pm.subrange(header1_pos as int, header1_pos + header_size),
            old_pm.subrange(header2_pos as int, header2_pos + header_size) =~= new_pm.subrange(header2_pos as int, header2_pos + header_size),
        ensures
            ({
                let (_, old_headers, _) = pm_to_views(old_pm);
                let (_, new_headers, _) = pm_to_views(new_pm);
                old_headers == new_headers
            })
    {
        lemma_subrange_equality_implies_subsubrange_equality_forall::<u8>();
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

    pub proof fn lemma_header_crc_correct(header_bytes: Seq<u8>, crc_bytes: Seq<u8>, metadata_bytes: Seq<u8>)
        requires
            header_bytes.len() == header_size,
            crc_bytes.len() == 8,
            metadata_bytes.len() == header_size - 8,
            crc_bytes =~= spec_crc_bytes(metadata_bytes),
            header_bytes =~= crc_bytes + metadata_bytes
        ensures
            header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) =~= crc_bytes,
            header_bytes.subrange(header_head_offset as int, header_size as int) =~= metadata_bytes,
            header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) =~=
                spec_crc_bytes(header_bytes.subrange(header_head_offset as int, header_size as int))
    {
        assert(header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) =~= crc_bytes);
        assert(header_bytes.subrange(header_head_offset as int, header_size as int) =~= metadata_bytes);
    }

    pub proof fn lemma_header_correct(pm: Seq<u8>, header_bytes: Seq<u8>, header_pos: int)
        requires
            pm.len() > contents_offset,
            header_bytes.len() == header_size,
            header_pos == header1_pos || header_pos == header2_pos,
            header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8) =~=
                spec_crc_bytes(header_bytes.subrange(header_head_offset as int, header_size as int)),
            pm.subrange(header_pos, header_pos + header_size) =~= header_bytes
        ensures
            pm.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8) =~=
                header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8),
            pm.subrange(header_pos + header_head_offset, header_pos + header_size) =~=
                header_bytes.subrange(header_head_offset as int, header_size as int),
            pm.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8) =~=
                spec_crc_bytes(pm.subrange(header_pos + header_head_offset, header_pos + header_size))
    {
        assert(pm.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8) =~=
            header_bytes.subrange(header_crc_offset as int, header_crc_offset + 8));
        assert(pm.subrange(header_pos + header_head_offset, header_pos + header_size) =~=
            header_bytes.subrange(header_head_offset as int, header_size as int));
    }

    
    
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

    pub proof fn lemma_pm_state_header(pm: Seq<u8>)
        requires
            UntrustedLogImpl::recover(pm) is Some,
            ({
                let header = spec_get_live_header(pm);
                header.metadata.tail - header.metadata.head < header.metadata.log_size
            })
        ensures
            ({
                let pm_state = UntrustedLogImpl::recover(pm);
                let header = spec_get_live_header(pm);
                match pm_state {
                    Some(pm_state) => {
                        &&& header.metadata.head == pm_state.head
                        &&& pm_state.log.len() == header.metadata.tail - header.metadata.head
                    }
                    None => false
                }
            })
    {
        let pm_state = UntrustedLogImpl::recover(pm);
        let header = spec_get_live_header(pm);
        lemma_mod_division_less_than_divisor(header.metadata.head as int, header.metadata.log_size as int);
        lemma_mod_division_less_than_divisor(header.metadata.tail as int, header.metadata.log_size as int);
        let head = header.metadata.head as int;
        let tail = header.metadata.tail as int;
        let log_size = header.metadata.log_size as int;
        let physical_head = spec_addr_logical_to_physical(head, log_size);
        let physical_tail = spec_addr_logical_to_physical(tail, log_size);
        match pm_state {
            Some(pm_state) => {
                if physical_head < physical_tail {
                    // log does not wrap
                    lemma_mod_difference_equal(head, tail, log_size);
                } else if physical_tail < physical_head {
                    // log wraps
                    lemma_mod_wrapped_len(head, tail, log_size);
                } else {
                    // size is 0
                    lemma_mod_equal(head, tail, log_size);
                }
            }
            None => assert(false),
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

        pub exec fn addr_logical_to_physical(addr: u64, log_size: u64) -> (out: u64)
            requires
                addr <= u64::MAX,
                log_size > 0,
                log_size + contents_offset <= u64::MAX,
            ensures
                out == spec_addr_logical_to_physical(addr as int, log_size as int)
        {
            (addr % log_size) + contents_offset
        }

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
        pub open spec fn inv_pm_contents(self, contents: Seq<u8>) -> bool
        {
            let (ib, headers, data) = pm_to_views(contents);
            let header_pos = if ib == cdb0_val { header1_pos } else { header2_pos };
            let header = spec_get_live_header(contents);
            let head = header.metadata.head;
            let tail = header.metadata.tail;
            let log_size = header.metadata.log_size;
            &&& ib == cdb0_val || ib == cdb1_val
            &&& spec_crc_bytes(contents.subrange(header_pos + header_head_offset, header_pos + header_size)) ==
                  contents.subrange(header_pos + header_crc_offset, header_pos + header_crc_offset + 8)
            &&& log_size + contents_offset <= u64::MAX
            &&& tail - head < log_size
            &&& log_size + contents_offset == contents.len()
            &&& self.header_crc == header.crc
            &&& self.head == head
            &&& self.tail == tail
            &&& self.log_size == log_size
            &&& self.incorruptible_bool == ib
            &&& match Self::recover(contents) {
                   Some(inf_log) => tail == head + inf_log.log.len(),
                   None => false,
               }
        }

        // This is the invariant that the untrusted log implementation
        // maintains between its local state and the write-restricted
        // persistent memory.
        pub open spec fn inv<Perm, PM>(self, wrpm: &WriteRestrictedPersistentMemory<Perm, PM>) -> bool
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
        {
            &&& wrpm.inv()
            &&& self.inv_pm_contents(wrpm@)
        }

        
        exec fn update_header<Perm, PM>
        (
            &mut self,
            wrpm: &mut WriteRestrictedPersistentMemory<Perm, PM>,
            Tracked(perm): Tracked<&Perm>,
            new_header_bytes: &Vec<u8>
        )
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
            requires
                permissions_depend_only_on_recovery_view(perm),
                contents_offset < old(wrpm)@.len(),
                old(self).inv(&*old(wrpm)),
                Self::recover(old(wrpm)@) is Some,
                new_header_bytes@.subrange(header_crc_offset as int, header_crc_offset + 8) =~=
                    spec_crc_bytes(new_header_bytes@.subrange(header_head_offset as int, header_size as int)),
                new_header_bytes.len() == header_size,
                match Self::recover(old(wrpm)@) {
                    Some(log_state) => perm.check_permission(old(wrpm)@),
                    None => false
                }
            ensures
                self.inv(wrpm),
                Self::recover(wrpm@) is Some,
                wrpm.constants() == old(wrpm).constants(),
                match (Self::recover(old(wrpm)@), Self::recover(wrpm@)) {
                    (Some(old_log_state), Some(new_log_state)) => old_log_state =~= new_log_state,
                    _ => false
                },
                ({
                    let (old_pm_ib, old_metadata, old_data) = pm_to_views(old(wrpm)@);
                    let (new_pm_ib, new_metadata, new_data) = pm_to_views(wrpm@);
                    let new_header = spec_bytes_to_header(new_header_bytes@);
                    &&& old_pm_ib == new_pm_ib
                    &&& old_pm_ib == cdb0_val ==> {
                        &&& new_metadata.header1 == old_metadata.header1
                        &&& new_metadata.header2 == new_header
                        &&& wrpm@.subrange(header2_pos + header_crc_offset, header2_pos + header_crc_offset + 8) =~=
                                spec_crc_bytes(wrpm@.subrange(header2_pos + header_head_offset, header2_pos + header_size))
                        &&& wrpm@.subrange(header2_pos as int, header2_pos + header_size) =~= new_header_bytes@
                    }
                    &&& old_pm_ib == cdb1_val ==> {
                        &&& new_metadata.header1 == new_header
                        &&& new_metadata.header2 == old_metadata.header2
                        &&& wrpm@.subrange(header1_pos + header_crc_offset, header1_pos + header_crc_offset + 8) =~=
                                spec_crc_bytes(wrpm@.subrange(header1_pos + header_head_offset, header1_pos + header_size))
                        &&& wrpm@.subrange(header1_pos as int, header1_pos + header_size) =~= new_header_bytes@
                    }
                    &&& old_data =~= new_data
                }),

        {
            let ghost original_wrpm = wrpm@;

            // write to the header that is NOT pointed to by the IB
            let header_pos = if self.incorruptible_bool == cdb0_val {
                header2_pos
            } else {
                header1_pos
            };

            // TODO: we could probably roll all of this into a single lemma that contains all of the proofs
            proof {
                let new_pm = update_contents_to_reflect_write(wrpm@, header_pos as int, new_header_bytes@);
                lemma_inactive_header_update_view(wrpm@, new_header_bytes@, header_pos as int);
                lemma_same_log_state(wrpm@, new_pm);
                assert(Self::recover(wrpm@) =~= Self::recover(new_pm));

                // prove crash consistency
                assert forall |chunks_flushed| {
                    let new_pm = #[trigger] update_contents_to_reflect_partially_flushed_write(
                        wrpm@, header_pos as int, new_header_bytes@, chunks_flushed);
                    perm.check_permission(new_pm)
                } by {
                    let new_pm = update_contents_to_reflect_partially_flushed_write(
                        wrpm@, header_pos as int, new_header_bytes@, chunks_flushed);
                    lemma_inactive_header_update_view_crash(wrpm@, new_header_bytes@, header_pos as int, chunks_flushed);
                    lemma_same_log_state(wrpm@, new_pm);
                    assert(permissions_depend_only_on_recovery_view(perm));
                    lemma_same_permissions(wrpm@, new_pm, perm);
                }
            }
            wrpm.write(header_pos, new_header_bytes.as_slice(), Tracked(perm));
            proof {
                // TODO: clean up once ib update is done. put this all in a lemma
                assert(Self::recover(wrpm@) is Some);
                let (_, headers, _) = pm_to_views(wrpm@);
                assert(wrpm@.subrange(header_pos as int, header_pos + header_size) =~= new_header_bytes@);
                lemma_header_correct(wrpm@, new_header_bytes@, header_pos as int);

                // live header is unchanged
                let live_header_pos = if header_pos == header1_pos {
                    header2_pos
                } else {
                    assert(header_pos == header2_pos);
                    header1_pos
                };

                // TODO: refactor into a lemma (ideally lemma_header_correct)
                assert(old(wrpm)@.subrange(live_header_pos as int, live_header_pos + header_size) =~=
                        wrpm@.subrange(live_header_pos as int, live_header_pos + header_size));
                assert(old(wrpm)@.subrange(live_header_pos + header_crc_offset, live_header_pos + header_crc_offset + 8) =~=
                    spec_crc_bytes(old(wrpm)@.subrange(live_header_pos + header_head_offset, live_header_pos + header_size)));
                assert(old(wrpm)@.subrange(live_header_pos + header_crc_offset, live_header_pos + header_crc_offset + 8) =~=
                    wrpm@.subrange(live_header_pos + header_crc_offset, live_header_pos + header_crc_offset + 8));
                assert(old(wrpm)@.subrange(live_header_pos + header_head_offset, live_header_pos + header_size) =~=
                    wrpm@.subrange(live_header_pos + header_head_offset, live_header_pos + header_size));

                assert(wrpm@.subrange(live_header_pos + header_crc_offset, live_header_pos + header_crc_offset + 8) =~=
                    spec_crc_bytes(wrpm@.subrange(live_header_pos + header_head_offset, live_header_pos + header_size)));
            }
        }

        // Since untrusted_setup doesn't take a WriteRestrictedPersistentMemory, it is not guaranteed
        // to perform crash-safe updates.
        
        
        pub exec fn untrusted_append<Perm, PM>(
            &mut self,
            wrpm: &mut WriteRestrictedPersistentMemory<Perm, PM>,
            bytes_to_append: &Vec<u8>,
            Tracked(perm): Tracked<&Perm>
        ) -> (result: Result<u64, InfiniteLogErr>)
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
            requires
                old(self).inv(&*old(wrpm)),
                Self::recover(old(wrpm)@) is Some,
                ({
                    let old_log_state = Self::recover(old(wrpm)@);
                    forall |pm_state| #[trigger] perm.check_permission(pm_state) <==> {
                        let log_state = Self::recover(pm_state);
                        log_state == old_log_state || log_state == Some(old_log_state.unwrap().append(bytes_to_append@))
                    }
                }),
            ensures
                self.inv(wrpm),
                wrpm.constants() == old(wrpm).constants(),
                ({
                    let old_log_state = Self::recover(old(wrpm)@);
                    let new_log_state = Self::recover(wrpm@);
                    match (result, old_log_state, new_log_state) {
                        (Ok(offset), Some(old_log_state), Some(new_log_state)) => {
                            &&& offset as nat == old_log_state.log.len() + old_log_state.head
                            &&& new_log_state == old_log_state.append(bytes_to_append@)
                        },
                        (Err(InfiniteLogErr::InsufficientSpaceForAppend{ available_space }), _, _) => {
                            &&& new_log_state == old_log_state
                            &&& available_space < bytes_to_append@.len()
                            &&& {
                                   let log = old_log_state.unwrap();
                                   ||| available_space == log.capacity - log.log.len()
                                   ||| available_space == u64::MAX - log.head - log.log.len()
                               }
                        },
                        (_, _, _) => false
                    }
                }),
        {
            assert(permissions_depend_only_on_recovery_view(perm));

            let pm = wrpm.get_pm_ref();
            let ghost original_pm = wrpm@;

            let physical_head = Self::addr_logical_to_physical(self.head, self.log_size);
            let physical_tail = Self::addr_logical_to_physical(self.tail, self.log_size);
            let contents_end = self.log_size + contents_offset;
            let append_size: u64 = bytes_to_append.len() as u64;
            let old_logical_tail = self.tail;

            if self.tail > u64::MAX - append_size {
                Err(InfiniteLogErr::InsufficientSpaceForAppend{ available_space: u64::MAX - self.tail })
            }
            else if append_size >= self.log_size - (self.tail - self.head) {
                Err(InfiniteLogErr::InsufficientSpaceForAppend{ available_space: self.log_size - 1 - (self.tail - self.head) })
            } else {
                let mut header_metadata =
                    PersistentHeaderMetadata { head: self.head, tail: self.tail, log_size: self.log_size };
                assert(header_metadata == spec_get_live_header(wrpm@).metadata);

                if physical_head <= physical_tail {
                    if physical_tail >= contents_end - append_size {
                        // wrap case
                        self.append_wrap(wrpm, bytes_to_append, &header_metadata, Tracked(perm));
                    } else {
                        // no wrap
                        self.append_no_wrap(wrpm, bytes_to_append, &header_metadata, Tracked(perm));
                    }
                } else { // physical_tail < physical_head
                    if physical_tail + append_size >= physical_head {
                        return Err(InfiniteLogErr::InsufficientSpaceForAppend { available_space: physical_head - physical_tail });
                    }
                    // no wrap
                    self.append_no_wrap(wrpm, bytes_to_append, &header_metadata, Tracked(perm));
                }

                let new_tail = self.tail + append_size;
                header_metadata.tail = new_tail;

                let mut metadata_bytes = metadata_to_bytes(&header_metadata);
                let new_crc_bytes = bytes_crc(&metadata_bytes);
                let new_crc_val = u64_from_le_bytes(new_crc_bytes.as_slice());
                let ghost old_metadata_bytes = metadata_bytes@;
                let mut new_header_bytes = new_crc_bytes;
                new_header_bytes.append(&mut metadata_bytes);

                proof { lemma_header_crc_correct(new_header_bytes@, new_crc_bytes@, old_metadata_bytes); }

                self.update_header(wrpm, Tracked(perm), &new_header_bytes);

                // update incorruptible boolean
                let old_ib = self.incorruptible_bool;
                let new_ib = if old_ib == cdb0_val {
                    cdb1_val
                } else {
                    assert(old_ib == cdb1_val);
                    cdb0_val
                };
                let new_ib_bytes = u64_to_le_bytes(new_ib);

                proof {
                    lemma_append_ib_update(wrpm@, new_ib, bytes_to_append@, new_header_bytes@, perm);
                }

                wrpm.write(incorruptible_bool_pos, new_ib_bytes.as_slice(), Tracked(perm));
                self.incorruptible_bool = new_ib;
                self.tail = new_tail;
                self.header_crc = new_crc_val;

                Ok(old_logical_tail)
            }
        }

        exec fn append_no_wrap<Perm, PM>(
            &mut self,
            wrpm: &mut WriteRestrictedPersistentMemory<Perm, PM>,
            bytes_to_append: &Vec<u8>,
            old_header: &PersistentHeaderMetadata,
            Tracked(perm): Tracked<&Perm>
        )
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
            requires
                permissions_depend_only_on_recovery_view(perm),
                perm.check_permission(old(wrpm)@),
                old(self).inv(&*old(wrpm)),
                Self::recover(old(wrpm)@) is Some,
                old_header == spec_get_live_header(old(wrpm)@).metadata,
                // TODO: clean up
                ({
                    let physical_tail = spec_addr_logical_to_physical(old_header.tail as int, old_header.log_size as int);
                    physical_tail + bytes_to_append@.len() < old_header.log_size + contents_offset
                }),
                ({
                    let physical_head = spec_addr_logical_to_physical(old_header.head as int, old_header.log_size as int);
                    let physical_tail = spec_addr_logical_to_physical(old_header.tail as int, old_header.log_size as int);
                    let contents_end = old_header.log_size + contents_offset;
                    &&& physical_head <= physical_tail ==> physical_tail + bytes_to_append@.len() < contents_end
                    &&& physical_tail < physical_head ==> physical_tail <= physical_tail + bytes_to_append@.len() < physical_head
                })
            ensures
                self.inv(wrpm),
                wrpm.constants() == old(wrpm).constants(),
                Self::recover(wrpm@) is Some,
                match (Self::recover(old(wrpm)@), Self::recover(wrpm@)) {
                    (Some(old_log_state), Some(new_log_state)) => old_log_state =~= new_log_state,
                    _ => false
                },
                ({
                    let (old_ib, old_headers, old_data) = pm_to_views(old(wrpm)@);
                    let (new_ib, new_headers, new_data) = pm_to_views(wrpm@);
                    let physical_tail = spec_addr_logical_to_physical(old_header.tail as int, old_header.log_size as int);
                    &&& old_ib == new_ib
                    &&& old_headers == new_headers
                    &&& new_data.subrange(physical_tail - contents_offset, physical_tail - contents_offset + bytes_to_append@.len() as int) =~= bytes_to_append@
                    &&& new_data.subrange(0, physical_tail - contents_offset) =~= old_data.subrange(0, physical_tail - contents_offset)
                    &&& new_data.subrange(physical_tail - contents_offset + bytes_to_append@.len(), new_data.len() as int) =~=
                            old_data.subrange(physical_tail - contents_offset + bytes_to_append@.len(), old_data.len() as int)
                })
        {
            let physical_tail = Self::addr_logical_to_physical(old_header.tail, old_header.log_size);
            proof { lemma_data_write_is_safe(wrpm@, bytes_to_append@, physical_tail as int, perm); }
            wrpm.write(physical_tail, bytes_to_append.as_slice(), Tracked(perm));
            proof {
                assert(wrpm@.subrange(0, physical_tail as int) =~= old(wrpm)@.subrange(0, physical_tail as int));
                lemma_subrange_equality_implies_subsubrange_equality(wrpm@, old(wrpm)@, 0, physical_tail as int);
            }
        }

        pub exec fn append_wrap<Perm, PM>(
            &mut self,
            wrpm: &mut WriteRestrictedPersistentMemory<Perm, PM>,
            bytes_to_append: &Vec<u8>,
            old_header: &PersistentHeaderMetadata,
            Tracked(perm): Tracked<&Perm>
        )
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
            requires
                permissions_depend_only_on_recovery_view(perm),
                perm.check_permission(old(wrpm)@),
                old(self).inv(&*old(wrpm)),
                Self::recover(old(wrpm)@) is Some,
                old_header == spec_get_live_header(old(wrpm)@).metadata,
                ({
                    let physical_head = spec_addr_logical_to_physical(old_header.head as int, old_header.log_size as int);
                    let physical_tail = spec_addr_logical_to_physical(old_header.tail as int, old_header.log_size as int);
                    let contents_end = old_header.log_size + contents_offset;
                    &&& contents_offset < physical_head
                    &&& physical_tail + bytes_to_append@.len() >= contents_end
                    &&& physical_head <= physical_tail
                    &&& bytes_to_append@.len() <= old_header.log_size - (old_header.tail - old_header.head)
                }),
            ensures
                self.inv(wrpm),
                Self::recover(wrpm@) is Some,
                wrpm.constants() == old(wrpm).constants(),
                match (Self::recover(old(wrpm)@), Self::recover(wrpm@)) {
                    (Some(old_log_state), Some(new_log_state)) => old_log_state =~= new_log_state,
                    _ => false
                },
                ({
                    let (old_ib, old_headers, old_data) = pm_to_views(old(wrpm)@);
                    let (new_ib, new_headers, new_data) = pm_to_views(wrpm@);
                    let contents_end = old_header.log_size + contents_offset;
                    let physical_tail = spec_addr_logical_to_physical(old_header.tail as int, old_header.log_size as int);
                    let len1 = (contents_end - physical_tail);
                    let len2 = bytes_to_append@.len() - len1;
                    &&& old_ib == new_ib
                    &&& old_headers == new_headers
                    &&& new_data.subrange(physical_tail - contents_offset, contents_end - contents_offset) =~= bytes_to_append@.subrange(0, len1)
                    &&& new_data.subrange(0, len2 as int) =~= bytes_to_append@.subrange(len1 as int, bytes_to_append@.len() as int)
                    &&& new_data.subrange(len2 as int, physical_tail - contents_offset) =~= old_data.subrange(len2 as int, physical_tail - contents_offset)
                    &&& bytes_to_append@ =~= new_data.subrange(physical_tail - contents_offset, contents_end - contents_offset) + new_data.subrange(0, len2 as int)
                })
        {
            let physical_head = Self::addr_logical_to_physical(old_header.head, old_header.log_size);
            let physical_tail = Self::addr_logical_to_physical(old_header.tail, old_header.log_size);
            let contents_end = old_header.log_size + contents_offset;
            let append_size = bytes_to_append.len();

            let len1 = (contents_end - physical_tail) as usize;
            let len2 = bytes_to_append.len() - len1;
            let append_bytes_slice = bytes_to_append.as_slice();
            let bytes1 = slice_subrange(append_bytes_slice, 0, len1);
            let bytes2 = slice_subrange(append_bytes_slice, len1, append_size);

            proof { lemma_data_write_is_safe(wrpm@, bytes1@, physical_tail as int, perm); }
            wrpm.write(physical_tail, bytes1, Tracked(perm));

            proof { lemma_data_write_is_safe(wrpm@, bytes2@, contents_offset as int, perm); }
            wrpm.write(contents_offset, bytes2, Tracked(perm));

            proof {
                assert(wrpm@.subrange(0, contents_offset as int) =~= old(wrpm)@.subrange(0, contents_offset as int));
                lemma_subrange_equality_implies_subsubrange_equality(wrpm@, old(wrpm)@, 0, contents_offset as int);
            }
        }

        
        
            }
}
}
pub mod main_t {

use std::fmt::Write;

use crate::infinitelog_t::*;
use crate::logimpl_v::*;
use crate::pmemspec_t::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::slice::*;

verus! {

    pub open spec fn recovery_view() -> (result: spec_fn(Seq<u8>) -> Option<AbstractInfiniteLogState>)
    {
        |c| UntrustedLogImpl::recover(c)
    }

    
    
    
    
    
    #[derive(Debug)]
    pub enum InfiniteLogErr {
        InsufficientSpaceForSetup { required_space: u64 },
        CantReadBeforeHead { head: u64 },
        CantReadPastTail { tail: u64 },
        InsufficientSpaceForAppend { available_space: u64 },
        CRCMismatch,
        CantAdvanceHeadPositionBeforeHead { head: u64 },
        CantAdvanceHeadPositionBeyondTail { tail: u64 },
    }

    }
}
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    pub proof fn lemma_div_relation_when_mods_have_same_order_alt(d: int, x: int, y: int)
        requires
            d > 0,
            x <= y,
            y - x < d,
            x % d <= y % d
        ensures
            y / d == x / d
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
        lemma_mul_is_commutative(y / d, d);
        lemma_mul_is_commutative(x / d, d);

        if (y / d) > (x / d) {
            lemma_mul_inequality(1, (y / d) - (x / d), d);
            assert (((y / d) - (x / d)) * d >= 1 * d);
            assert (false);
        }
        if (y / d) < (x / d) {
            lemma_mul_inequality((y / d) - (x / d), -1, d);
            assert (((y / d) - (x / d)) * d <= (-1) * d);
            assert (false);
        }
    }

    
    pub proof fn lemma_div_relation_when_mods_have_different_order_alt(d: int, x: int, y: int)
        requires
            d > 0,
            x <= y,
            y - x < d,
            y % d < x % d
        ensures
            y / d == x / d + 1
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        lemma_mul_is_commutative(y / d, d);
        lemma_mul_is_commutative(x / d, d);

        if (y / d) > (x / d) + 1 {
            lemma_mul_inequality(2, (y / d) - (x / d), d);
            lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
            assert (((y / d) - (x / d)) * d >= 2 * d);
            assert (false);
        }
        if (y / d) <= (x / d) {
            lemma_mul_inequality(0, (x / d) - (y / d), d);
            assert (0 * d <= ((x / d) - (y / d)) * d);
            lemma_mul_is_commutative((x / d) - (y / d), d);
            lemma_mul_is_distributive_sub(d, x / d, y / d);
            assert (d * ((x / d) - (y / d)) == d * (x / d) - d * (y / d));
            assert (0 * d <= x - y - x % d + y % d);
            assert (false);
        }
    }

    
    
    
    pub proof fn lemma_mod_difference_equal(x: int, y: int, d: int)
        requires
            d > 0,
            x <= y,
            x % d <= y % d,
            y - x < d
        ensures
            y % d - x % d == y - x
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        assert (d * (y / d) - d * (x / d) + y % d - x % d == y - x);
        lemma_mul_is_distributive_sub(d, y / d, x / d);
        assert (d * (y / d - x / d) + y % d - x % d == y - x);
        assert (0 <= d * (y / d - x / d) + y % d - x % d < d);
        lemma_div_relation_when_mods_have_same_order_alt(d, x, y);
        assert (y / d == x / d);
    }

    pub proof fn lemma_mod_wrapped_len(x: int, y: int, d: int)
        requires
            d > 0,
            x <= y,
            x % d > y % d,
            y - x < d
        ensures
            d - (x % d) + (y % d) == y - x
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);
        assert (d * (y / d) - d * (x / d) + y % d - x % d == y - x);
        lemma_mul_is_distributive_sub(d, y / d, x / d);
        assert (d * (y / d - x / d) + y % d - x % d == y - x);
        assert (0 <= d * (y / d - x / d) + y % d - x % d < d);
        lemma_div_relation_when_mods_have_different_order_alt(d, x, y);
        assert (y / d == x / d + 1);
        assert (y / d - x / d == 1 ==> d * (y / d - x / d) == d) by (nonlinear_arith);
    }

    pub proof fn lemma_mod_equal(x: int, y: int, d: int)
        requires
            d > 0,
            x <= y,
            x % d == y % d,
            y - x < d
        ensures
            x == y
    {
        lemma_mod_difference_equal(x, y, d);
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


use crate::sccf::CheckPermission;
use vstd::bytes::*;
use vstd::prelude::*;
use vstd::set::*;
use vstd::slice::*;

#[cfg(not(verus_keep_ghost))]
use crc64fast::Digest;

verus! {

    
    
    
    pub const crc_size: u64 = 8;

    pub uninterp spec fn spec_crc_bytes(header_bytes: Seq<u8>) -> Seq<u8>;

    #[verifier::external_body]
    pub exec fn bytes_crc(header_bytes: &Vec<u8>) -> (out: Vec<u8>)
        ensures
            spec_crc_bytes(header_bytes@) == out@,
            out@.len() == crc_size
    {
        #[cfg(not(verus_keep_ghost))]
        {
            let mut c = Digest::new();
            c.write(header_bytes.as_slice());
            u64_to_le_bytes(c.sum64())
        }
        #[cfg(verus_keep_ghost)]
        unimplemented!()
    }

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

    
    pub struct PersistentMemoryConstants {
        pub impervious_to_corruption: bool
    }

    // We mark this as `external_body` so that the verifier can't see
    // that there's nothing important in it and thereby shortcut some
    // checks.

    pub trait PersistentMemory : Sized {
        spec fn view(self) -> Seq<u8>;

        spec fn inv(self) -> bool;

        spec fn constants(self) -> PersistentMemoryConstants;

        
        /// This is the model of some routine that writes `bytes`
        /// starting at address `addr`.
        fn write(&mut self, addr: u64, bytes: &[u8])
            requires
                old(self).inv(),
                addr + bytes@.len() <= (old(self))@.len(),
                addr + bytes@.len() <= u64::MAX
            ensures
                self.inv(),
                self.constants() == old(self).constants(),
                self@ == update_contents_to_reflect_write(old(self)@, addr as int, bytes@);
    }

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

    /// A `WriteRestrictedPersistentMemory<P>` object wraps a
    /// `PersistentMemory` object to restrict how it's written.
    /// Untrusted code passed one of these can only write to the
    /// encapsulated persistent memory by providing a permission of
    /// type `P`. That permission must allow all possible states `s`
    /// such that crashing in the middle of the write might leave the
    /// persistent memory in state `s`.
    pub struct WriteRestrictedPersistentMemory<Perm, PM>
        where
            Perm: CheckPermission<Seq<u8>>,
            PM: PersistentMemory
    {
        pm: PM,
        ghost perm: Option<Perm> // unused, but Rust demands some reference to Perm
    }

    impl <Perm, PM> WriteRestrictedPersistentMemory<Perm, PM>
        where
            Perm: CheckPermission<Seq<u8>>,
            PM: PersistentMemory
    {
        pub closed spec fn view(self) -> Seq<u8> {
            self.pm@
        }

        pub closed spec fn inv(self) -> bool {
            self.pm.inv()
        }

        pub closed spec fn constants(self) -> PersistentMemoryConstants {
            self.pm.constants()
        }

        
        pub exec fn get_pm_ref(&self) -> (pm: &PM)
            requires
                self.inv()
            ensures
                pm.inv(),
                pm@ == self@,
                pm.constants() == self.constants()
        {
            &self.pm
        }

        /// This `write` function can only be called if a crash in the
        /// middle of the requested write will leave the persistent
        /// memory in a state allowed by `perm`. The state must be
        /// allowed no matter what subset of the persistence chunks
        /// have been flushed.
        pub exec fn write(&mut self, addr: u64, bytes: &[u8], perm: Tracked<&Perm>)
            requires
                old(self).inv(),
                addr + bytes@.len() <= old(self)@.len(),
                addr + bytes@.len() <= u64::MAX,
                forall |chunks_flushed| {
                    let new_contents: Seq<u8> =
                        #[trigger] update_contents_to_reflect_partially_flushed_write(
                            old(self)@, addr as int, bytes@, chunks_flushed
                        );
                    perm@.check_permission(new_contents)
                },
            ensures
                self.inv(),
                self.constants() == old(self).constants(),
                self@ == update_contents_to_reflect_write(old(self)@, addr as int, bytes@),
        {
            self.pm.write(addr, bytes)
        }
    }

}
}
pub mod sccf {
/*
  Simple crash-consistency framework (open source)
*/

use vstd::prelude::*;

verus! {

    
    pub trait CheckPermission<AbstractStorage>
    {
        spec fn check_permission(&self, state: AbstractStorage) -> bool;
    }

}
}
