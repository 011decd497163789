//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


#[cfg(feature = "irc11")]
pub mod atomic_irc11 {
//! Thin adapters for Verus' native IRC11 weak-memory model.
//!
//! This module exposes native subjective thread views, per-location histories,
//! and points-to resources without introducing a second weak-memory model.
pub use vstd::atomic_weak::{
    AtomicHistory, AtomicPointsTo, LoadData, PAtomicWeakBool, PAtomicWeakI8, PAtomicWeakI16,
    PAtomicWeakI32, PAtomicWeakIsize, PAtomicWeakU8, PAtomicWeakU16, PAtomicWeakU32,
    PAtomicWeakUsize, StoreData, UpdateData, fence_acquire, fence_release,
    history_get_contains_timestamp, load_acquire, load_reads_from_history, load_relaxed,
    load_timestamp_in_view, load_view_nondecreasing, store_insert_history, store_relaxed,
    store_release, store_timestamp_in_view, store_view_increasing,
};
#[cfg(target_has_atomic = "64")]
pub use vstd::atomic_weak::{PAtomicWeakI64, PAtomicWeakU64};
pub use vstd::cell::CellId as AtomicId;
use vstd::prelude::*;
pub use vstd::thread_view::{
    AcquireViewSeen, Objective, ReleaseViewSeen, ThreadView, ViewAt, ViewSeen,
};

verus! {


/// Compatibility vocabulary for ordering native subjective views.
///
/// `old.spec_le(new)` is notation for the native relation
/// `new.contains(old)` and does not introduce a second view model.
pub trait ThreadViewOrder {
    spec fn spec_le(self, newer: Self) -> bool;

    
    
    
    }





} // verus!
}


pub mod raw_ptr_extra {
use vstd::layout::size_of as layout_size_of;
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// NOTE: vstd::layout::size_of and size_of are actually two different functions,
// See: https://verus-lang.zulipchat.com/#narrow/channel/399078-help/topic/Multiple.20definitions.20of.20.60align_of.60.20and.20.60size_of.60.20in.20raw_ptr/with/563994445

verus! {


pub broadcast proof fn lemma_two_align_of_equal<T>()
    requires
        vstd::layout::align_of::<T>() <= usize::MAX,
    ensures
        #[trigger] vstd::layout::align_of::<T>() == align_of::<T>(),
{
}

// Record Typed access permission along with Dealloc permission.
// This is similar to PPtr::PointsTo, but we want to make it as low-level and general as possible.
// Difference with PPtr::PointsTo:
// 1. Allowing null pointers (addr == 0).
// 2. Relaxed alignment requirement between Dealloc::align and align_of::<T>().
// TODO: consider expose_provenance



} // verus!
}
