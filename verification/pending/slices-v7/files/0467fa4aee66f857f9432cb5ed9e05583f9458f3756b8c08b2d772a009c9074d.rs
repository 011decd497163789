

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod journal {
mod entry_v {
use vstd::prelude::*;

verus! {

// We have to make this struct public, with all its fields public, so
// that it can implement the View trait. We need it to do so to enable
// `deep_view()` on the vector of concrete journal entries.
#[verifier::ext_equal]
pub struct JournalEntry
{
    pub start: int,
    pub bytes_to_write: Seq<u8>,
}









pub struct ConcreteJournalEntry
{
    pub start: u64,
    pub bytes_to_write: Vec<u8>,
}

impl View for ConcreteJournalEntry
{
    type V = JournalEntry;

    open spec fn view(&self) -> JournalEntry
    {
        JournalEntry{ start: self.start as int, bytes_to_write: self.bytes_to_write@ }
    }
}


impl ConcreteJournalEntry
{
    #[inline]
    pub exec fn new(start: u64, bytes_to_write: Vec<u8>) -> (result: Self)
        ensures
            result@ == (JournalEntry{ start: start as int, bytes_to_write: bytes_to_write@ }),
    {
        Self{ start, bytes_to_write }
    }
}





















}
}

#[cfg(verus_keep_ghost)]
pub use spec_v::{broadcast_journal_view_matches_in_range_can_narrow_range,
                 broadcast_journal_view_matches_in_range_transitive};

#[cfg(verus_keep_ghost)]
pub use impl_v::spec_journal_entry_overhead;
}
// pub mod log;
// pub mod multilog;



verus! {


}
