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

impl<Key, Value> CursorMutModel<Key, Value> {
    /// Whether this model consistently represents an ordered map and a gap in that map.
    pub open spec fn wf(self) -> bool {
        &&& 0 <= self.position <= self.keys.len()
        &&& self.keys.no_duplicates()
        &&& self.keys.to_set() == self.map.dom()
        &&& increasing_seq(self.keys)
    }
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
pub mod resource {
//! Resource algebras based on Iris PCM and Leaf storage-protocol.
pub mod ghost_resource {
//! Ghost resources available for use in proofs.
pub mod count_auth {
//! Integer-based counting storage resources with authority.
use vstd::imap::*;
use vstd::modes::tracked_swap;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::storage_protocol::*;

verus! {

/// A protocol monoid that tracks a resource value, its fraction, and **the authority**.
ghost enum FractionalCarrierOpt<T, const TOTAL: usize> {
    Value { v: Option<T>, n: int, auth: bool },
    Empty,
    Invalid,
}

impl<T, const TOTAL: usize> Protocol<(), T> for FractionalCarrierOpt<T, TOTAL> {
    closed spec fn op(self, other: Self) -> Self {
        match self {
            FractionalCarrierOpt::Invalid => FractionalCarrierOpt::Invalid,
            FractionalCarrierOpt::Empty => other,
            FractionalCarrierOpt::Value { v: sv, n: sn, auth: sa } => match other {
                FractionalCarrierOpt::Invalid => FractionalCarrierOpt::Invalid,
                FractionalCarrierOpt::Empty => self,
                FractionalCarrierOpt::Value { v: ov, n: on, auth: oa } => {
                    if sv != ov {
                        FractionalCarrierOpt::Invalid
                    } else if sa && oa {
                        FractionalCarrierOpt::Invalid
                    } else if sn < 0 || on < 0 || (!sa && sn == 0) || (!oa && on == 0) {
                        FractionalCarrierOpt::Invalid
                    } else {
                        FractionalCarrierOpt::Value { v: sv, n: sn + on, auth: sa || oa }
                    }
                },
            },
        }
    }

    closed spec fn rel(self, s: IMap<(), T>) -> bool {
        match self {
            FractionalCarrierOpt::Value { v, n, auth } => {
                (match v {
                    Some(v0) => s.dom().contains(()) && s[()] == v0,
                    None => s =~= imap![],
                }) && auth && n == TOTAL && n != 0
            },
            FractionalCarrierOpt::Empty => false,
            FractionalCarrierOpt::Invalid => false,
        }
    }

    closed spec fn unit() -> Self {
        FractionalCarrierOpt::Empty
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }

    proof fn op_unit(a: Self) {
    }
}

pub tracked struct Count<T, const TOTAL: usize = 2> {
    r: StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
}

pub tracked struct EmptyCount<T, const TOTAL: usize = 2> {
    r: StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
}

impl<T, const TOTAL: usize> Count<T, TOTAL> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value() matches FractionalCarrierOpt::Value { v: Some(_), .. }
        &&& self.r.value()->n > 0
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    /// Returns the stored resource value.
    pub closed spec fn resource(self) -> T {
        self.r.value()->v->0
    }

    /// Returns the fraction of the resource.
    pub closed spec fn frac(self) -> int {
        self.r.value()->n
    }

    /// Whether this token carries the unique authority for taking/updating the resource.
    pub closed spec fn has_authority(self) -> bool {
        self.r.value()->auth
    }

    
    
    
    
    
    
    
    
    
    
    }

impl<T, const TOTAL: usize> EmptyCount<T, TOTAL> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value() matches FractionalCarrierOpt::Value { v: None, n, auth: true }
        &&& n == TOTAL
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    
    /// Puts a resource into the `EmptyCount`, returning a `Count` with the same id and the full fraction.
    pub proof fn put_resource(tracked self, tracked resource: T) -> (tracked frac: Count<T, TOTAL>)
        ensures
            frac.id() == self.id(),
            frac.resource() == resource,
            frac.frac() == TOTAL,
            frac.has_authority(),
    {
        use_type_invariant(&self);
        self.r.validate();
        let p1 = self.r.value();
        let b1 = imap![() => resource];
        let p2 = FractionalCarrierOpt::Value { v: Some(resource), n: TOTAL as int, auth: true };
        assert forall|q: FractionalCarrierOpt<T, TOTAL>, t1: IMap<(), T>|
            #![all_triggers]
            FractionalCarrierOpt::rel(FractionalCarrierOpt::op(p1, q), t1) implies exists|
            t2: IMap<(), T>,
        |
            #![all_triggers]
            FractionalCarrierOpt::rel(FractionalCarrierOpt::op(p2, q), t2) && t1.dom().disjoint(
                b1.dom(),
            ) && t1.union_prefer_right(b1) == t2 by {
            let t2 = imap![() => resource];
            assert(FractionalCarrierOpt::rel(FractionalCarrierOpt::op(p2, q), t2)
                && t1.dom().disjoint(b1.dom()) && t1.union_prefer_right(b1) == t2);
        }
        let tracked mut m = IMap::tracked_empty();
        m.tracked_insert((), resource);
        let tracked Self { r } = self;
        let tracked new_r = r.deposit(m, p2);
        Count { r: new_r }
    }
}

/// An authoritative pool that stores and dispatches counted fractions.
///
/// The authority and every dispatched [`Count`] use the same [`Loc`]. The
/// authority remains present and records the resource when the pool's fraction reaches zero.
pub tracked struct CountResource<T, const TOTAL: usize> {
    tracked r: StorageResource<(), T, FractionalCarrierOpt<T, TOTAL>>,
}

impl<T, const TOTAL: usize> CountResource<T, TOTAL> {
    #[verifier::type_invariant]
    pub closed spec fn type_inv(self) -> bool {
        &&& TOTAL > 0
        &&& 0 <= self.frac() <= TOTAL
        &&& self.is_resource_vacant() ==> self.is_empty()
        &&& self.r.value() matches FractionalCarrierOpt::Value { auth: true, .. }
        &&& match self.r.value()->v {
            Some(_) => 0 <= self.r.value()->n <= TOTAL,
            None => self.r.value()->n == TOTAL,
        }
    }

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        &&& TOTAL > 0
        &&& 0 <= self.frac() <= TOTAL
        &&& self.type_inv()
    }

    /// Whether this `CountResource` has no fraction.
    ///
    /// This does not imply [`Self::is_resource_vacant`]: it may have reached fraction zero
    /// because all of its fractions were split out.
    pub open spec fn is_empty(self) -> bool {
        self.frac() == 0
    }

    
    /// Whether this `CountResource` has the full fraction, i.e., `TOTAL`.
    pub open spec fn is_full(self) -> bool {
        self.frac() == TOTAL
    }

    /// Whether the associated resource slot is vacant and can accept a new resource.
    ///
    /// This state is produced by [`Self::take_resource`] and owns the underlying empty token
    /// needed by [`Self::put_resource`]. Resource vacancy implies [`Self::is_empty`], but the
    /// converse does not hold when all fractions were removed using [`Self::split`] or
    /// [`Self::split_one`].
    pub closed spec fn is_resource_vacant(self) -> bool {
        self.r.value()->v is None
    }

    
    /// Returns the value of type `T` stored in this `CountResource`.
    pub closed spec fn resource(self) -> T {
        self.r.value()->v->0
    }

    /// Returns the value of type `T` stored in this `CountResource`. It is an alias of `Self::resource`.
    #[verifier::inline]
    pub open spec fn view(self) -> T {
        self.resource()
    }

    /// The fractions stored in this `CountResource`.
    pub closed spec fn frac(self) -> int {
        if self.is_resource_vacant() {
            0
        } else {
            self.r.value()->n
        }
    }

    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    
    
    /// Allocates a new `CountResource` from an `EmptyCount<T,TOTAL>` with the given tracked object.
    pub proof fn alloc_from_empty(
        tracked empty: EmptyCount<T, TOTAL>,
        tracked value: T,
    ) -> (tracked res: Self)
        requires
            TOTAL > 0,
        ensures
            res.is_full(),
            !res.is_resource_vacant(),
            res.id() == empty.id(),
            res.view() == value,
            res.wf(),
    {
        let tracked count = empty.put_resource(value);
        use_type_invariant(&count);
        let tracked Count { r } = count;
        Self { r }
    }

    
    
    
    /// `CountResource` satisfies the type invariant.
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

