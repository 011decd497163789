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




/// Scheduler-owned native subjective view.
///
/// OSTD creates one token for each execution participant, moves it through
/// schedule-in and schedule-out, and borrows it for native weak atomic
/// operations. The wrapper cannot manufacture an arbitrary non-empty view.
pub tracked struct ThreadViewToken {
    view_seen: ViewSeen,
}

impl View for ThreadViewToken {
    type V = ThreadView;

    closed spec fn view(&self) -> ThreadView {
        self.view_seen@
    }
}

impl ThreadViewToken {
    /// Creates the empty view used when registering a task or CPU.
    pub proof fn new() -> (tracked res: Self)
        ensures
            res@ == ThreadView::empty(),
    {
        let tracked view_seen = ViewSeen::new();
        ThreadViewToken { view_seen }
    }

    
    
    
    
    
    
    }

} // verus!
}
pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod btree {
//! Additional specifications for mutable [`BTreeMap`] operations not covered by vstd.
use core::{borrow::Borrow, cmp::Ordering, ops::Bound};
use vstd::{
    assert_maps_equal,
    laws_cmp::obeys_cmp,
    prelude::*,
    std_specs::{
        btree::{
            borrowed_key_removed, contains_borrowed_key, increasing_seq, maps_borrowed_key_to_value,
        },
        cmp::OrdSpec,
    },
};

verus! {


/// The abstract state of a mutable B-tree cursor.
///
/// A cursor points at the gap immediately before `keys[position]`. Therefore `peek_next`
/// accesses `keys[position]`, while `peek_prev` accesses `keys[position - 1]`.
pub ghost struct CursorMutModel<Key, Value> {
    /// All keys in the underlying map, in strictly increasing order.
    pub keys: Seq<Key>,
    /// The index of the element immediately after the cursor.
    pub position: int,
    /// The current contents of the complete map borrowed by the cursor.
    pub map: Map<Key, Value>,
}


/// Additional abstract and prophetic state for mutable B-tree cursors.
pub trait CursorMutAdditionalSpecFns<Key, Value>: Sized {
    spec fn view(&self) -> CursorMutModel<Key, Value>;

    }



















} // verus!
}

pub use btree::*;

use vstd::prelude::*;

verus! {


} // verus!
}


