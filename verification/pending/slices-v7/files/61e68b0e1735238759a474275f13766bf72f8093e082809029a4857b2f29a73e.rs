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
pub mod resource {
//! Resource algebras based on Iris PCM and Leaf storage-protocol.
pub mod ghost_resource {
//! Ghost resources available for use in proofs.
pub mod count_ghost {
//! Integer-based counting ghost resources with authority.
use vstd::map::*;
use vstd::modes::tracked_swap;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::algebra::ResourceAlgebra;
use vstd::resource::pcm::{PCM, Resource};

verus! {

/// A PCM that tracks a resource value, its fraction, and **the authority**.
ghost enum FractionalCarrier<T, const TOTAL: usize> {
    Value { v: T, n: int, auth: bool },
    Empty,
    Invalid,
}


impl<T, const TOTAL: usize> ResourceAlgebra for FractionalCarrier<T, TOTAL> {
    closed spec fn valid(self) -> bool {
        match self {
            FractionalCarrier::Invalid => false,
            FractionalCarrier::Empty => true,
            FractionalCarrier::Value { v: _, n, auth } => (0 < n <= TOTAL) || (n == 0 && auth),
        }
    }

    closed spec fn op(a: Self, b: Self) -> Self {
        match a {
            FractionalCarrier::Invalid => FractionalCarrier::Invalid,
            FractionalCarrier::Empty => b,
            FractionalCarrier::Value { v: sv, n: sn, auth: sa } => match b {
                FractionalCarrier::Invalid => FractionalCarrier::Invalid,
                FractionalCarrier::Empty => a,
                FractionalCarrier::Value { v: ov, n: on, auth: oa } => {
                    if sv != ov {
                        FractionalCarrier::Invalid
                    } else if sa && oa {
                        FractionalCarrier::Invalid
                    } else if sn < 0 || on < 0 || (!sa && sn == 0) || (!oa && on == 0) {
                        FractionalCarrier::Invalid
                    } else {
                        FractionalCarrier::Value { v: sv, n: sn + on, auth: sa || oa }
                    }
                },
            },
        }
    }

    proof fn valid_op(a: Self, b: Self) {
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }
}

impl<T, const TOTAL: usize> PCM for FractionalCarrier<T, TOTAL> {
    closed spec fn unit() -> Self {
        FractionalCarrier::Empty
    }

    proof fn op_unit(self) {
    }

    proof fn unit_valid() {
    }
}



/// A struct that stores and dispatches `CountGhost<T>`.
/// Unlike `CountGhost`, it provides an `empty` state: after all fractions have been split out,
/// it still remembers the resource value inside the carrier, mirroring `CountResource`.
pub tracked struct CountGhostResource<T, const TOTAL: usize> {
    tracked r: Resource<FractionalCarrier<T, TOTAL>>,
}

impl<T, const TOTAL: usize> CountGhostResource<T, TOTAL> {
    #[verifier::type_invariant]
    pub closed spec fn type_inv(self) -> bool {
        &&& TOTAL > 0
        &&& 0 <= self.frac() <= TOTAL
        &&& self.r.value() matches FractionalCarrier::Value { auth: true, .. }
    }

    
    
    
    
    
    /// The fractions stored in this `CountGhostResource`.
    pub closed spec fn frac(self) -> int {
        self.r.value()->n
    }

    
    /// Create an arbitrary `CountGhostResource`. Useful as a placeholder.
    pub proof fn arbitrary() -> (tracked res: Self)
        requires
            TOTAL > 0,
    {
        let f = FractionalCarrier::<T, TOTAL>::Value { v: arbitrary(), n: 0, auth: true };
        let tracked r = Resource::alloc(f);
        Self { r }
    }

    
    
    
    
    
    
    }



} // verus!
}
}
}


