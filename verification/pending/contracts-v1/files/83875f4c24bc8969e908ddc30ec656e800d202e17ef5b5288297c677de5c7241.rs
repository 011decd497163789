

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod journal {
mod spec_v {
use vstd::prelude::*;

verus! {

#[verifier::ext_equal]
pub struct JournalConstants {
    pub app_version_number: u64,
    pub app_program_guid: u128,
    pub journal_capacity: u64,
    pub app_area_start: u64,
    pub app_area_end: u64,
}

impl JournalConstants {
    
    pub exec fn clone(&self) -> (result: Self)
        ensures
            result == self
    {
        Self{
            app_version_number: self.app_version_number,
            app_program_guid: self.app_program_guid,
            journal_capacity: self.journal_capacity,
            app_area_start: self.app_area_start,
            app_area_end: self.app_area_end,
        }
    }
}







}
}

#[cfg(verus_keep_ghost)]
pub use spec_v::{broadcast_journal_view_matches_in_range_can_narrow_range,
                 broadcast_journal_view_matches_in_range_transitive};
pub use spec_v::{JournalConstants};

#[cfg(verus_keep_ghost)]
pub use impl_v::spec_journal_entry_overhead;
}
// pub mod log;
// pub mod multilog;



verus! {


}
