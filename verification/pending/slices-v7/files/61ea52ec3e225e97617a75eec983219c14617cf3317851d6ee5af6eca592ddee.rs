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

impl<T, const TOTAL: usize> FractionalCarrier<T, TOTAL> {
    spec fn new(v: T) -> Self {
        FractionalCarrier::Value { v, n: TOTAL as int, auth: true }
    }
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

pub tracked struct CountGhost<T, const TOTAL: usize = 2> {
    r: Resource<FractionalCarrier<T, TOTAL>>,
}

impl<T, const TOTAL: usize> CountGhost<T, TOTAL> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value() is Value
        &&& self.r.value()->n > 0
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    /// Returns the stored resource value.
    pub closed spec fn view(self) -> T {
        self.r.value()->v
    }

    /// Returns the fraction of the resource.
    pub closed spec fn frac(self) -> int {
        self.r.value()->n
    }

    /// Whether this token carries the authority for updating the resource value.
    pub closed spec fn has_authority(self) -> bool {
        self.r.value()->auth
    }

    
    /// Allocates a new `CountGhost` with the full fraction, the given value, and the authority.
    pub proof fn alloc(v: T) -> (tracked result: Self)
        requires
            TOTAL > 0,
        ensures
            result.frac() == TOTAL,
            result@ == v,
            result.has_authority(),
    {
        let f = FractionalCarrier::<T, TOTAL>::new(v);
        let tracked r = Resource::alloc(f);
        Self { r }
    }

    
    /// Splits another fraction `n` from this `CountGhost`, returning a new `CountGhost` with
    /// that fraction.
    pub proof fn split(tracked &mut self, n: int) -> (tracked result: Self)
        requires
            0 < n < old(self).frac(),
        ensures
            result.id() == final(self).id(),
            final(self).id() == old(self).id(),
            final(self)@ == old(self)@,
            result@ == old(self)@,
            final(self).frac() + result.frac() == old(self).frac(),
            result.frac() == n,
            !result.has_authority(),
            final(self).has_authority() == old(self).has_authority(),
    {
        self.bounded();
        let tracked mut mself = Self::dummy();
        tracked_swap(self, &mut mself);
        use_type_invariant(&mself);
        let tracked (r1, r2) = mself.r.split(
            FractionalCarrier::Value {
                v: mself.r.value()->v,
                n: mself.r.value()->n - n,
                auth: mself.r.value()->auth,
            },
            FractionalCarrier::Value { v: mself.r.value()->v, n, auth: false },
        );
        self.r = r1;
        Self { r: r2 }
    }

    
    
    
    /// The fraction of the resource must be positive and at most `TOTAL`.
    pub proof fn bounded(tracked &self)
        ensures
            0 < self.frac() <= TOTAL,
    {
        use_type_invariant(self);
        self.r.validate()
    }

    pub proof fn dummy() -> (tracked result: Self)
        requires
            TOTAL > 0,
    {
        Self::alloc(arbitrary())
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

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        &&& TOTAL > 0
        &&& 0 <= self.frac() <= TOTAL
        &&& self.type_inv()
    }

    /// Whether this `CountGhostResource` is empty, i.e., has no fraction.
    pub open spec fn is_empty(self) -> bool {
        self.frac() == 0
    }

    /// Whether the fraction stored in this `CountGhostResource` is less than `TOTAL`.
    pub open spec fn not_empty(self) -> bool {
        !self.is_empty()
    }

    
    /// Returns the value of type `T` stored in this `CountGhostResource`.
    pub closed spec fn view(self) -> T {
        self.r.value()->v
    }

    /// The fractions stored in this `CountGhostResource`.
    pub closed spec fn frac(self) -> int {
        self.r.value()->n
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
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

    
    /// Splits a `CountGhost` with fraction 1.
    pub proof fn split_one(tracked &mut self) -> (tracked res: CountGhost<T, TOTAL>)
        requires
            old(self).not_empty(),
        ensures
            final(self).id() == old(self).id(),
            final(self).frac() + 1 == old(self).frac(),
            final(self)@ == old(self)@,
            res.frac() == 1,
            res.id() == final(self).id(),
            res@ == final(self)@,
            !res.has_authority(),
            old(self).frac() == 1 ==> final(self).is_empty(),
            final(self).wf(),
    {
        use_type_invariant(&*self);
        self.split(1)
    }

    /// Splits a `CountGhost` with the given fraction.
    pub proof fn split(tracked &mut self, n: int) -> (tracked res: CountGhost<T, TOTAL>)
        requires
            1 <= n <= old(self).frac(),
        ensures
            final(self).id() == old(self).id(),
            final(self).frac() + n == old(self).frac(),
            final(self)@ == old(self)@,
            res.frac() == n,
            res.id() == final(self).id(),
            res@ == final(self)@,
            !res.has_authority(),
            old(self).frac() == n ==> final(self).is_empty(),
            final(self).wf(),
    {
        use_type_invariant(&*self);
        self.r.validate();
        let tracked mut dummy = Self::arbitrary();
        tracked_swap(self, &mut dummy);
        let tracked Self { r } = dummy;
        let p1 = FractionalCarrier::Value { v: r.value()->v, n: r.value()->n - n, auth: true };
        let p2 = FractionalCarrier::Value { v: r.value()->v, n, auth: false };
        let tracked (authority, fraction) = r.split(p1, p2);
        self.r = authority;
        CountGhost { r: fraction }
    }

    
    /// `CountGhostResource` satisfies the type invariant.
    pub proof fn validate(tracked &self)
        ensures
            self.wf(),
    {
        use_type_invariant(self);
    }

    
    }



} // verus!
}
}
}


