
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

            pub const header2_pos: u64 = 40;

    // offsets of fields within the header structure
                pub const header_log_size_offset: u64 = 24;

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
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
