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
pub mod ghost_tree {
use vstd::prelude::*;

use vstd::seq::*;
use vstd::seq_lib::*;

use super::ownership::*;

verus! {

/// A sequence of child indices describing a path from a starting node to a target node.
///
/// Each element selects one child at the corresponding tree level.
/// `N` is the maximum number of children of each node, so every index is less than `N`.
#[verifier::ext_equal]
pub ghost struct TreePath<const N: usize>(pub Seq<int>);

impl<const N: usize> TreePath<N> {
    pub open spec fn len(self) -> nat {
        self.0.len()
    }

    
    #[verifier::inline]
    pub open spec fn index(self, i: int) -> int
        recommends
            0 <= i < self.len(),
    {
        self.0[i]
    }

    // Do NOT inline, it is used as trigger.
    pub open spec fn spec_index(self, i: int) -> int {
        self.index(i)
    }

    #[verifier::inline]
    pub open spec fn elem_inv(e: int) -> bool {
        0 <= e < N
    }

    pub open spec fn inv(self) -> bool {
        &&& N > 0
        &&& forall|i: int| 0 <= i < self.len() ==> Self::elem_inv(#[trigger] self[i])
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub open spec fn new(path: Seq<int>) -> TreePath<N> {
        TreePath(path)
    }

    pub broadcast proof fn lemma_new_preserves_inv(path: Seq<int>)
        requires
            N > 0,
            forall|i: int| 0 <= i < path.len() ==> Self::elem_inv(#[trigger] path[i]),
        ensures
            (#[trigger] Self::new(path)).inv(),
    {
    }
}

} // verus!
verus! {






} // verus!
verus! {



} // verus!
verus! {


} // verus!
}
pub mod ownership {
use vstd::prelude::*;

verus! {

pub trait Inv {
    spec fn inv(self) -> bool;
}




} // verus!
}


