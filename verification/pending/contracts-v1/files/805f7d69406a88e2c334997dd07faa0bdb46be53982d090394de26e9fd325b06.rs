
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
