//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.

extern crate alloc;

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
pub mod cast_ptr {
use vstd::prelude::*;

use vstd::raw_ptr::MemContents;
use vstd::std_specs::convert::{FromSpec, FromSpecImpl};

use core::marker::PhantomData;

verus! {

/// A trait for types that have a concrete representation type `R`.
pub trait Repr<R: Sized>: Sized {
    /// If the underlying representation contains cells, the translation may require permission objects that access them.
    type ReprPerm;

    spec fn wf(r: R, perm: Self::ReprPerm) -> bool;

    
    
    
    
    
    
    
    
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
pub mod nonnull {
use core::marker::PointeeSized;
use core::num::NonZeroUsize;
use core::ptr::NonNull;
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::std_specs::{cmp::*, nonzero::*};

verus! {


pub trait NonNullAdditionalFns<T: PointeeSized> {
    // The model for NonNull<T> is *mut T, so that we can reuse the existing pointer infrastructure.
    // See https://doc.rust-lang.org/stable/std/ptr/struct.NonNull.html.
    spec fn view_ptr_mut(self) -> *mut T;

    
    
    
    
    
    }





/// An uninterpreted specification that constructs a `NonNull<T>` from a raw pointer.
pub uninterp spec fn nonnull_from_ptr_mut_spec<T: PointeeSized>(ptr: *mut T) -> NonNull<T>;

#[verifier::inline]
pub open spec fn nonnull_new_spec<T: PointeeSized>(ptr: *mut T) -> Option<NonNull<T>> {
    if ptr.is_null() {
        None
    } else {
        Some(nonnull_from_ptr_mut_spec(ptr))
    }
}





#[verifier::when_used_as_spec(nonnull_new_spec)]
pub assume_specification<T: PointeeSized>[ core::ptr::NonNull::<T>::new ](ptr: *mut T) -> (ret:
    core::option::Option<core::ptr::NonNull<T>>)
    ensures
        ret matches Some(nn) ==> nn.view_ptr_mut() == ptr,
    returns
        nonnull_new_spec(ptr),
;



// Specification for NonNull::dangling(), uninterpreted because the ptr only has to satisfy the alignment requirement.
// See https://doc.rust-lang.org/stable/std/ptr/struct.NonNull.html#method.dangling.



// To prevent circular dependency



} // verus!
}
pub mod ptr {
use core::marker::PointeeSized;
use vstd::prelude::*;

verus! {















} // verus!
}
pub mod smart_ptr {
use crate::ownership::*;
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// A unified interface for the raw ptr permission returned by `into_raw` methods of smart pointers like `Box` and `Arc`.
verus! {

/// A verification-only trait that abstracts the permission that tracks both the pointer and the value it points to.
pub trait PtrPointsToTrait {
    /// The type of the pointer.
    type Ptr;

    /// The type of the value that the pointer points to.
    type Target;

    spec fn ptr(self) -> *mut Self::Target;

    }



// The permission to access memory given by the `into_raw` methods of smart pointers like `Box` and `Arc`.






} // verus!
/// A wrapper around `Box::into_raw` that also returns the permission to access the memory.
///
/// Soundness: it is unsound to create a `ptr` method for `Box<T>` that returns the raw pointer without the permission.
/// As Verus only compares the value of the `Box<T>` for equality, so the following code will be wrongly verified:
/// ```rust
/// let b1 = Box::new(1);
/// let b2 = Box::new(1);
/// assert(b1.ptr() == b2.ptr()); // this will be verified but is actually not true, as b1 and b2 are different allocations with different pointers.
/// ```
// VERUS LIMITATION: can not add ghost parameter in external specification yet, sp we wrap it in an external_body function
// The memory layout ensures that Box<T> has the following properties:
//  1. The pointer is aligned.
//  2. The pointer is non-null even for zero-sized types.
//  3. The pointer points to a valid value, whose layout is determined by Layout::for_value (exactly size_of::<T>() and align_of::<T>()).
// See https://doc.rust-lang.org/stable/std/boxed/index.html
// Its guarantee is actually much stronger than PointsTowithDealloc.inv().


/// A wrapper around `Arc::into_raw` that also returns the permission to access the memory.
///
/// Soundness: the soundness concern is similar to `box_into_raw`.
// VERUS LIMITATION: can not add ghost parameter in external specification yet, sp we wrap it in an external_body function
// `Arc::into_raw` will not decrease the reference count, so the memory will keep valid until we convert back to Arc<T> and drop it.


verus! {





} // verus!
}
pub mod time {
use vstd::prelude::*;

use crate::panic::may_panic;

verus! {

/// Abstract result of constructing a standard-library duration.
pub uninterp spec fn duration_new_spec(secs: u64, nanos: u32) -> core::time::Duration;

#[verifier::when_used_as_spec(duration_new_spec)]
pub assume_specification[ core::time::Duration::new ](secs: u64, nanos: u32) -> core::time::Duration
    requires
        secs + nanos / 1_000_000_000 > u64::MAX ==> may_panic(),
    returns
        duration_new_spec(secs, nanos),
    opens_invariants none
;

} // verus!
}

pub use btree::*;
pub use nonnull::*;
pub use ptr::*;
pub use smart_ptr::*;
pub use time::*;

use vstd::prelude::*;

verus! {


} // verus!
}
pub mod ownership {
use vstd::prelude::*;

verus! {

pub trait Inv {
    spec fn inv(self) -> bool;
}


pub trait InvView: Inv + View where <Self as View>::V: Inv {
    }

pub trait OwnerOf where <<Self as OwnerOf>::Owner as View>::V: Inv {
    /// The owner of the concrete type.
    /// The Owner must implement `Inv`, indicating that it must
    /// has a consistent state.
    type Owner: InvView + Sized;

    spec fn wf(self, owner: Self::Owner) -> bool
        recommends
            owner.inv(),
    ;
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

    /// Whether this `CountGhostResource` has the full fraction, i.e., `TOTAL`.
    pub open spec fn is_full(self) -> bool {
        self.frac() == TOTAL
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

    /// Allocates a new `CountGhostResource` with the full fraction and the given value.
    pub proof fn alloc(value: T) -> (tracked res: Self)
        requires
            TOTAL > 0,
        ensures
            res.not_empty(),
            res.is_full(),
            res@ == value,
            res.wf(),
    {
        let f = FractionalCarrier::<T, TOTAL>::Value { v: value, n: TOTAL as int, auth: true };
        let tracked r = Resource::alloc(f);
        Self { r }
    }

    
    
    /// Combines a `CountGhost`.
    pub proof fn combine(tracked &mut self, tracked other: CountGhost<T, TOTAL>)
        requires
            old(self).id() == other.id(),
        ensures
            old(self).frac() + other.frac() > TOTAL ==> false,
            old(self).frac() + other.frac() <= TOTAL ==> {
                &&& final(self).id() == old(self).id()
                &&& final(self)@ == old(self)@
                &&& final(self)@ == other@
                &&& final(self).frac() == old(self).frac() + other.frac()
                &&& final(self).wf()
            },
    {
        use_type_invariant(&*self);
        use_type_invariant(&other);
        let tracked mut dummy = Self::arbitrary();
        tracked_swap(self, &mut dummy);
        let tracked Self { r } = dummy;
        let tracked mut r1 = r;
        r1.validate_2(&other.r);
        self.r = r1.join(other.r);
        self.r.validate();
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


pub mod spec_operators {
use vstd::prelude::*;

verus! {

pub trait SpecAddTrait<Rhs = Self> {
    type Output;

    spec fn spec_add(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecSubTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecMulTrait<Rhs = Self> {
    type Output;

    spec fn spec_mul(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecShlTrait<Rhs = Self> {
    type Output;

    spec fn spec_shl(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecShrTrait<Rhs = Self> {
    type Output;

    spec fn spec_shr(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecBitAndTrait<Rhs = Self> {
    type Output;

    spec fn spec_bitand(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecBitOrTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecBitXorTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecNegTrait {
    type Output;

    }

} // verus!
}
