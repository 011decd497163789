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
pub mod panic {
//! Runtime panic helper whose type (`-> !`) lets Verus discharge
//! post-conditions by branch elimination at the call site.
use vstd::prelude::*;
use vstd::vpanic;

verus! {

/// Represents the intention that the code will panic at some point in the future.
/// Consumed by [`panic_diverge`] to ensure that the top-level API spec must always
/// intentionally document potential panics.
pub uninterp spec fn may_panic() -> bool;

/// Unconditionally diverges. Must be provided with a [`may_panic()] token to ensure that
/// the panic is expected.
#[verifier::external_body]
pub fn panic_diverge() -> !
    requires
        may_panic(),
{
    vpanic!("")
}



} // verus!
}

#[macro_use]
pub mod trans_macros {
use vstd::prelude::*;

use crate::panic::*;

#[macro_export]
macro_rules! assert {
    ($cond:expr) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
    ($cond:expr, $msg:literal) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
}


}

pub mod set_extra {
//! Extra properties of [`vstd::set::Set`](https://verus-lang.github.io/verus/verusdoc/vstd/set/struct.Set.html).
use vstd::{iset::fold::*, prelude::*, set::fold::*, set_lib::*};

verus! {

/// A finite `Set<int>` cannot contain every integer: there always exists
/// an `int` outside the set. Used to prove the freshness axioms.
pub proof fn lemma_finite_int_set_has_unused(s: Set<int>)
    ensures
        exists|id: int| !s.contains(id),
{
    let n = s.len() as int;
    vstd::set_lib::lemma_int_range(0, n + 1);
    if forall|i: int| 0 <= i < n + 1 ==> s.contains(i) {
        assert(Set::range(0, n + 1).subset_of(s)) by {
            assert forall|i: int| Set::<int>::range(0, n + 1).contains(i) implies s.contains(
                i,
            ) by {}
        }
        vstd::set_lib::lemma_len_subset(Set::range(0, n + 1), s);
        assert(false);
    }
}

















} // verus!
}
