
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

        
        
        // Since untrusted_setup doesn't take a WriteRestrictedPersistentMemory, it is not guaranteed
        // to perform crash-safe updates.
        
        
        
        
        
        
        pub exec fn untrusted_read<Perm, PM>(
            &self,
            wrpm: &WriteRestrictedPersistentMemory<Perm, PM>,
            pos: u64,
            len: u64
        ) -> (result: Result<Vec<u8>, InfiniteLogErr>)
            where
                Perm: CheckPermission<Seq<u8>>,
                PM: PersistentMemory
            requires
                self.inv(wrpm),
                Self::recover(wrpm@) is Some,
            ensures
                ({
                    let log = Self::recover(wrpm@).unwrap();
                    match result {
                        Ok(bytes) => {
                            let true_bytes = log.log.subrange(pos - log.head, pos + len - log.head);
                            &&& pos >= log.head
                            &&& pos + len <= log.head + log.log.len()
                            &&& read_correct_modulo_corruption(bytes@, true_bytes,
                                                             wrpm.constants().impervious_to_corruption)
                        },
                        Err(InfiniteLogErr::CantReadBeforeHead{ head: head_pos }) => {
                            &&& pos < log.head
                            &&& head_pos == log.head
                        },
                        Err(InfiniteLogErr::CantReadPastTail{ tail }) => {
                            &&& pos + len > log.head + log.log.len()
                            &&& tail == log.head + log.log.len()
                        },
                        _ => false
                    }
                })
        {
            let pm = wrpm.get_pm_ref();
            let physical_pos = Self::addr_logical_to_physical(pos, self.log_size);
            let contents_end = self.log_size + contents_offset;
            if pos < self.head {
                Err(InfiniteLogErr::CantReadBeforeHead{ head: self.head })
            } else if pos > u64::MAX - len {
                Err(InfiniteLogErr::CantReadPastTail{ tail: self.tail })
            } else if pos + len > self.tail {
                Err(InfiniteLogErr::CantReadPastTail{ tail: self.tail })
            } else {
                proof {
                    // we get a type error if we calculate physical head and tail in non-ghost code and use them here,
                    // so we need to calculate them here for the proof and again later for execution
                    let physical_head = spec_addr_logical_to_physical(self.head as int, self.log_size as int);
                    let physical_tail = spec_addr_logical_to_physical(self.tail as int, self.log_size as int);
                    if physical_head == physical_tail {
                        lemma_mod_equal(self.head as int, self.tail as int, self.log_size as int);
                        assert(len == 0);
                    } else if physical_head < physical_tail {
                        // read cannot wrap around
                        lemma_mod_between(self.log_size as int, self.head as int, self.tail as int, pos as int);
                        lemma_mod_difference_equal(self.head as int, pos as int, self.log_size as int);
                    } else {
                        // read may wrap around
                        lemma_mod_not_between(self.log_size as int, self.head as int, self.tail as int, pos as int);
                        if physical_pos <= physical_tail {
                            lemma_mod_wrapped_len(self.head as int, pos as int, self.log_size as int);
                        } else {
                            lemma_mod_difference_equal(self.head as int, pos as int, self.log_size as int);
                        }
                    }
                }

                let physical_head = Self::addr_logical_to_physical(self.head, self.log_size);
                let physical_tail = Self::addr_logical_to_physical(self.tail, self.log_size);

                let ghost log = Self::recover(pm@).unwrap();
                let ghost true_bytes = log.log.subrange(pos - log.head, pos + len - log.head);
                if physical_head == physical_tail {
                    assert (Seq::<u8>::empty() =~= log.log.subrange(pos - log.head, pos + len - log.head));
                    let buf = Vec::new();
                    let ghost addrs = Seq::<int>::empty();
                    assert (if wrpm.constants().impervious_to_corruption { buf@ == true_bytes }
                            else { maybe_corrupted(buf@, true_bytes, addrs) });
                    Ok(buf)
                } else if physical_pos >= physical_head && physical_pos >= contents_end - len {
                    let r1_len: u64 = contents_end - physical_pos;
                    let r2_len: u64 = len - r1_len;

                    let mut r1 = pm.read(physical_pos, r1_len);
                    let mut r2 = pm.read(contents_offset, r2_len);
                    let ghost r1_addrs = Seq::<int>::new(r1_len as nat, |i: int| i + physical_pos as int);
                    let ghost r2_addrs = Seq::<int>::new(r2_len as nat, |i: int| i + contents_offset as int);
                    let ghost addrs: Seq<int> = r1_addrs.add(r2_addrs);

                    r1.append(&mut r2);
                    assert (pm@.subrange(physical_pos as int, physical_pos + r1_len)
                                + pm@.subrange(contents_offset as int, contents_offset + r2_len)
                                =~= log.log.subrange(pos - log.head, pos + len - log.head));
                    assert (if wrpm.constants().impervious_to_corruption { r1@ == true_bytes }
                            else { maybe_corrupted(r1@, true_bytes, addrs) });
                    Ok(r1)
                } else {
                    assert (pm@.subrange(physical_pos as int, physical_pos + len) =~=
                                log.log.subrange(pos - log.head, pos + len - log.head));
                    let ghost addrs = Seq::<int>::new(len as nat, |i: int| i + physical_pos);
                    let buf = pm.read(physical_pos, len);
                    assert (if wrpm.constants().impervious_to_corruption { buf@ == true_bytes }
                            else { maybe_corrupted(buf@, true_bytes, addrs) });
                    Ok(buf)
                }
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

    
    pub open spec fn read_correct_modulo_corruption(bytes: Seq<u8>, true_bytes: Seq<u8>,
                                                    impervious_to_corruption: bool) -> bool
    {
        if impervious_to_corruption {
            bytes == true_bytes
        }
        else {
            exists |addrs: Seq<int>| {
                &&& all_elements_unique(addrs)
                &&& #[trigger] maybe_corrupted(bytes, true_bytes, addrs)
            }
        }
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

    pub proof fn lemma_mod_auto_basics(n: int, x: int)
        requires
            n > 0
        ensures
            (x + n) % n == x % n,
            (x - n) % n == x % n,
            (x + n) / n == x / n + 1,
            (x - n) / n == x / n - 1,
            0 <= x < n <==> x % n == x,
    {
        lemma_fundamental_div_mod(x, n);
        lemma_fundamental_div_mod(x + n, n);
        lemma_fundamental_div_mod(x - n, n);
        let zp = (x + n) / n - x / n - 1;
        let zm = (x - n) / n - x / n + 1;
        lemma_mul_is_distributive_sub(n, (x + n) / n, x / n + 1);
        lemma_mul_is_distributive_add(n, x / n, 1);
        assert (n * zp == n * ((x + n) / n) - n * (x / n) - n * 1);
        assert (0 == n * zp + ((x + n) % n) - (x % n));
        lemma_mul_is_distributive_sub(n, (x - n) / n, x / n - 1);
        lemma_mul_is_distributive_sub(n, x / n, 1);
        assert (n * zm == n * ((x - n) / n) - n * (x / n) + n * 1);
        assert (0 == n * zm + ((x - n) % n) - (x % n));
        if (zp > 0) { lemma_mul_inequality(1, zp, n); }
        if (zp < 0) { lemma_mul_inequality(zp, -1, n); }
        if (zp == 0) { lemma_mul_by_zero_is_zero(n); }
        if (zm > 0) { lemma_mul_inequality(1, zm, n); }
        if (zm < 0) { lemma_mul_inequality(zm, -1, n); }
        if 0 <= x < n {
            lemma_basic_div_specific_divisor(n);
        }
    }

    pub proof fn lemma_div_relation_when_mods_have_same_order(d: int, x: int, y: int)
        requires
            d > 0,
            x < y,
            y - x <= d,
            x % d < y % d
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
            assert ((y / d) * d - (x / d) * d >= d);
            assert (false);
        }
        if (y / d) < (x / d) {
            lemma_mul_inequality((y / d) - (x / d), -1, d);
            assert (((y / d) - (x / d)) * d <= (-1) * d);
            lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
            assert (false);
        }
    }

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

    pub proof fn lemma_div_relation_when_mods_have_different_order(d: int, x: int, y: int)
        requires
            d > 0,
            x < y,
            y - x <= d,
            y % d <= x % d
        ensures
            y / d == x / d + 1
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
        lemma_mul_is_commutative(y / d, d);
        lemma_mul_is_commutative(x / d, d);

        if (y / d) > (x / d) + 1 {
            lemma_mul_inequality(2, (y / d) - (x / d), d);
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

    pub proof fn lemma_mod_between(d: int, x: int, y: int, z: int)
        requires
            d > 0,
            x % d < y % d,
            y - x <= d,
            x <= z <= y
        ensures
            x % d <= z % d <= y % d
    {
        if y - x == d {
            lemma_mod_auto_basics(d, x);
            assert (y % d == x % d);
            assert (false);
        }
        else {
            lemma_fundamental_div_mod(x, d);
            lemma_fundamental_div_mod(y, d);
            lemma_fundamental_div_mod(z, d);
            assert (d * (y / d) - d * (x / d) + y % d - x % d < d);
            assert (d * (y / d) - d * (x / d) < d);
            lemma_mul_is_distributive_sub(d, (y / d), (x / d));
            assert (d * ((y / d) - (x / d)) < d);

            lemma_div_relation_when_mods_have_same_order(d, x, y);

            let z_mod_d = x % d + (z - x);
            assert (z == (x / d) * d + z_mod_d) by {
                assert (z == d * (x / d) + z_mod_d);
                lemma_mul_is_commutative(d, (x / d));
            }
            lemma_fundamental_div_mod_converse(z, d, (x / d), z_mod_d);
        }
    }

    pub proof fn lemma_mod_not_between(d: int, x: int, y: int, z: int)
        requires
            d > 0,
            y % d < x % d,
            y - x <= d,
            x <= z <= y
        ensures
            z % d <= y % d || z % d >= x % d
    {
        if y - x == d {
            lemma_mod_auto_basics(d, x);
            assert (y % d == x % d);
            assert (false);
        }
        else {
            lemma_fundamental_div_mod(x, d);
            lemma_fundamental_div_mod(y, d);
            lemma_fundamental_div_mod(z, d);
            assert (d * (y / d) - d * (x / d) + y % d - x % d >= 0);
            assert (d * (y / d) - d * (x / d) >= 0);
            lemma_mul_is_distributive_sub(d, (y / d), (x / d));
            assert (d * ((y / d) - (x / d)) >= 0);

            lemma_div_relation_when_mods_have_different_order(d, x, y);

            if y % d < z % d < x % d {
                lemma_div_relation_when_mods_have_different_order(d, z, y);
                lemma_div_relation_when_mods_have_same_order(d, z, x);
                assert (false);
            }
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

    pub open spec fn all_elements_unique(seq: Seq<int>) -> bool {
        forall |i: int, j: int| 0 <= i < j < seq.len() ==> seq[i] != seq[j]
    }

    pub uninterp spec fn maybe_corrupted_byte(byte: u8, true_byte: u8, addr: int) -> bool;

    pub open spec fn maybe_corrupted(bytes: Seq<u8>, true_bytes: Seq<u8>, addrs: Seq<int>) -> bool {
        &&& bytes.len() == true_bytes.len() == addrs.len()
        &&& forall |i: int| #![auto] 0 <= i < bytes.len() ==> maybe_corrupted_byte(bytes[i], true_bytes[i], addrs[i])
    }

    
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

        /// This is the model of some routine that reads the
        /// `num_bytes` bytes at address `addr`.
        fn read(&self, addr: u64, num_bytes: u64) -> (bytes: Vec<u8>)
            requires
                self.inv(),
                addr + num_bytes <= self@.len()
            ensures
                ({
                    let true_bytes = self@.subrange(addr as int, addr + num_bytes);
                    let addrs = Seq::<int>::new(num_bytes as nat, |i: int| i + addr);
                    if self.constants().impervious_to_corruption {
                        bytes@ == true_bytes
                    }
                    else {
                        maybe_corrupted(bytes@, true_bytes, addrs)
                    }
                });

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
            }

}
}
