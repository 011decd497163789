//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod array_ptr {
use vstd::prelude::*;

use vstd::layout;
use vstd::raw_ptr;
use vstd::set;
use vstd::set_lib;

use core::marker::PhantomData;

verus! {

/// Concrete representation of a pointer to an array
/// The length of the array is not stored in the pointer
pub struct ArrayPtr<V, const N: usize> {
    pub addr: usize,
    pub index: usize,
    pub _type: PhantomData<[V; N]>,
}

#[verifier::external_body]
#[verifier::accept_recursive_types(V)]
pub tracked struct PointsToArray<V, const N: usize> {
    phantom: core::marker::PhantomData<[V; N]>,
    no_copy: NoCopy,
}

pub ghost struct PointsToArrayData<V, const N: usize> {
    pub ptr: *mut [V; N],
    pub value: [raw_ptr::MemContents<V>; N],
}

#[verifier::inline]
pub open spec fn is_mem_contents_all_init<V, const N: usize>(
    arr: [raw_ptr::MemContents<V>; N],
) -> bool {
    forall|index: int| 0 <= index < N ==> #[trigger] arr[index].is_init()
}








impl<T, const N: usize> View for PointsToArray<T, N> {
    type V = PointsToArrayData<T, N>;

    uninterp spec fn view(&self) -> Self::V;
}

impl<V, const N: usize> PointsToArray<V, N> {
    #[verifier::inline]
    pub open spec fn ptr(self) -> *mut [V; N] {
        self@.ptr
    }

    #[verifier::inline]
    pub open spec fn opt_value(self) -> [raw_ptr::MemContents<V>; N] {
        self@.value
    }

    #[verifier::inline]
    pub open spec fn is_init(self, index: int) -> bool {
        0 <= index < N && self.opt_value()[index].is_init()
    }

    
    #[verifier::inline]
    pub open spec fn is_init_all(self) -> bool {
        is_mem_contents_all_init(self.opt_value())
    }

    
    #[verifier::inline]
    pub open spec fn value(self) -> Seq<V>
        recommends
            self.is_init_all(),
    {
        let opt_value = self.opt_value();
        Seq::new(N as nat, |i: int| opt_value[i].value())
    }

    
    
    
    }





/// Get the immutable reference of the value at the index
#[inline(always)]
#[verifier::external_body]
pub exec fn ptr_ref_at<V, const N: usize>(
    ptr: *mut [V; N],
    Tracked(perm): Tracked<&PointsToArray<V, N>>,
    index: usize,
) -> (res: &V)
    requires
        perm.ptr() == ptr,
        perm.is_init(index as int),
    ensures
        res == perm.opt_value()[index as int].value(),
    opens_invariants none
    no_unwind
{
    unsafe { &*((ptr as *const V).add(index)) }
}


/// Permission to access an array of values
pub tracked struct PointsTo<V, const N: usize> {
    points_to: PointsToArray<V, N>,
    exposed: raw_ptr::IsExposed,
    dealloc: Option<raw_ptr::Dealloc>,
}

broadcast use {raw_ptr::group_raw_ptr_axioms, set_lib::group_set_lib_default};

impl<V, const N: usize> ArrayPtr<V, N> {
    
    
    #[vstd::contrib::auto_spec]
    pub exec fn add(self, off: usize) -> Self
        requires
            self.index + off
                <= N  // C standard style: don't exceed one-past the end of the array
            ,
    {
        Self { addr: self.addr, index: (self.index + off) as usize, _type: PhantomData }
    }
}

impl<V, const N: usize> PointsTo<V, N> {
    /// Spec: cast the permission to an integer
    pub closed spec fn addr(self) -> usize {
        self.points_to.ptr()@.addr
    }

    /// Spec: cast the permission to a pointer
    pub open spec fn is_pptr(self, ptr: ArrayPtr<V, N>) -> bool {
        ptr.addr == self.addr()
    }

    /// Spec: invariants for the ArrayPtr permissions
    /// TODO: uncomment the below if "external_type_specification: Const params not yet supported" is fixed
    /// #[verifier::type_invariant]
    pub closed spec fn wf(self) -> bool {
        /// The pointer is not a slice, so it is still thin
        &&& self.points_to.ptr()@.metadata == ()
        &&& self.points_to.ptr()@.provenance == self.exposed.provenance()
        &&& match self.dealloc {
            Some(dealloc) => {
                &&& dealloc.addr() == self.addr()
                &&& dealloc.size() == layout::size_of::<[V; N]>()
                &&& dealloc.align() == layout::align_of::<[V; N]>()
                &&& dealloc.provenance() == self.exposed.provenance()
                &&& layout::size_of::<[V; N]>() > 0
            },
            None => { layout::size_of::<[V; N]>() == 0 },
        }
        &&& self.addr() != 0
    }

    pub closed spec fn points_to(self) -> PointsToArray<V, N> {
        self.points_to
    }

    pub open spec fn opt_value(self) -> [raw_ptr::MemContents<V>; N] {
        self.points_to().opt_value()
    }

    pub open spec fn value(self) -> Seq<V>
        recommends
            self.is_init_all(),
    {
        self.points_to().value()
    }

    #[verifier::inline]
    pub open spec fn is_init(self, index: int) -> bool {
        self.points_to().is_init(index)
    }

    
    #[verifier::inline]
    pub open spec fn is_init_all(self) -> bool {
        self.points_to().is_init_all()
    }

    
    
    
    
    }


impl<V, const N: usize> Clone for ArrayPtr<V, N> {
    fn clone(&self) -> (res: Self)
        ensures
            res == *self,
    {
        Self { ..*self }
    }
}

impl<V, const N: usize> Copy for ArrayPtr<V, N> {

}


impl<V, const N: usize> ArrayPtr<V, N> {
    
    
    
    
    
    
    
    
    
    
    /// Get the reference of the value at `index`
    /// Borrow the immutable reference of the value at `index`
    /// Requires the slot at `index` to be initialized.
    /// Afterwards, the slot is still initialized.
    /// Returns the immutable reference of the value.
    /// The reference is valid as long as the permission is alive.
    /// The reference is not allowed to be stored.
    #[inline(always)]
    pub exec fn borrow_at<'a>(
        &self,
        Tracked(perm): Tracked<&'a PointsTo<V, N>>,
        index: usize,
    ) -> (res: &'a V)
        requires
            perm.wf(),
            perm.is_pptr(*self),
            perm.is_init(index as int),
            index < N,
        ensures
            res == perm.opt_value()[index as int].value(),
    {
        let ptr: *mut [V; N] = raw_ptr::with_exposed_provenance(self.addr, Tracked(perm.exposed));

        assert(perm.points_to().is_init(index as int));
        ptr_ref_at(ptr, Tracked(&perm.points_to), index)
    }

    
    
    
    }

} // verus!
}
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

    
    
    spec fn from_repr_spec(r: R, perm: Self::ReprPerm) -> Self;

    
    
    
    
    
    }










#[verifier::accept_recursive_types(T)]
pub tracked struct PointsTo<R, T: Repr<R>> {
    pub points_to: simple_pptr::PointsTo<R>,
    pub inner_perms: T::ReprPerm,
    pub _T: PhantomData<T>,
}

impl<R, T: Repr<R>> PointsTo<R, T> {
    
    
    pub open spec fn wf(self, perm: &T::ReprPerm) -> bool {
        &&& T::wf(self.points_to.value(), *perm)
    }

    pub open spec fn addr(self) -> usize {
        self.points_to.addr()
    }

    pub open spec fn mem_contents(self) -> MemContents<T> {
        match self.points_to.mem_contents() {
            MemContents::<R>::Uninit => MemContents::<T>::Uninit,
            MemContents::<R>::Init(r) => MemContents::<T>::Init(
                T::from_repr_spec(r, self.inner_perms),
            ),
        }
    }

    pub open spec fn is_init(self) -> bool {
        self.mem_contents().is_init()
    }

    
    pub open spec fn value(self) -> T
        recommends
            self.is_init(),
    {
        self.mem_contents().value()
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
pub mod ptr {

verus! {















} // verus!
}

pub use btree::*;
pub use ptr::*;

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

pub mod temporal_logic {
// Copyright 2022 VMware, Inc.
// SPDX-License-Identifier: MIT
//! TLA temporal logic definitions and proof rules.
//!
//! Originally developed in the paper ["Anvil: Verifying Liveness of Cluster Management Controllers"](https://www.usenix.org/conference/osdi24/presentation/sun-xudong).
//! Modified from the original version which can be found on [GitHub](https://github.com/anvil-verifier/anvil).
pub mod defs {
// Copyright 2022 VMware, Inc.
// SPDX-License-Identifier: MIT
use vstd::prelude::*;

verus! {

#[verifier::ext_equal]
pub struct Execution<T> {
    pub nat_to_state: spec_fn(nat) -> T,
}

impl<T> Execution<T> {
    
    
    pub open spec fn suffix(self, pos: nat) -> Self {
        Execution { nat_to_state: |i: nat| (self.nat_to_state)(i + pos) }
    }
}





#[verifier::ext_equal]
#[verifier(reject_recursive_types(T))]
pub struct TempPred<T> {
    pub pred: spec_fn(Execution<T>) -> bool,
}

impl<T> TempPred<T> {
    pub open spec fn new(pred: spec_fn(Execution<T>) -> bool) -> Self {
        TempPred { pred: pred }
    }

    pub open spec fn satisfied_by(self, execution: Execution<T>) -> bool {
        (self.pred)(execution)
    }

    // We specify all infix operators for temporal logic as TempPred methods to aid readability
    
    
    // `=>` for temporal predicates in TLA+ (i.e., `==>` in Verus).
    
    // `~>` for temporal predicates in TLA+.
    // Returns a temporal predicate that is satisfied
    // iff it is always the case that `self` getting satisfied implies `other` eventually getting satisfied.
    //
    // Defined in 3.2.3.
    // |ex| forall |i: nat| self.satisfied_by(ex.suffix(i)) ==> exists |j: nat| other.satisfied_by(ex.suffix(i + j))
    
    }




// `[]` for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on every suffix of the execution.
//
// Defined in 3.1.
pub open spec fn always<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| forall|i: nat| #[trigger] temp_pred.satisfied_by(ex.suffix(i)))
}

// `<>` for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on at least one suffix of the execution.
//
// Defined in 3.2.1.

// `'` (prime) for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on the suffix execution starting from the next state.




// |ex| temp_pred.satisfied_by(ex) ==> forall |i: nat| temp_pred.satisfied_by(ex.suffix(i))

// Returns a state predicate that is satisfied
// iff `action_pred` can be satisfied by any possible following state and the current state
//
// enabled() is used for checking whether a particular action is enabled at this **state**
//
// Note: it says whether the action *can possibly* happen, rather than whether the action *actually does* happen!

// Returns a temporal predicate that is satisfied
// iff `always(lift_state(enabled(action_pred)))` getting satisfied leads to `lift_action(action_pred)` getting satisfied.
//
// It says whether it is *always* the case that if the action is *always* enabled, the action *eventually* happens.
//
// Defined in 5.3 in a different form.
// We can prove the two forms are the same:
//    []E(A) ~> A
// == []([]E(A) => <>A)
// == [](~[]E(A) \/ <>A)
// == [](~~<>~E(A) \/ <>A)  <--- apply always_to_eventually
// == [](<>~E(A) \/ <>A)
// == []<>(~E(A) \/ A)      <--- apply eventually_or
// == []<>~E(A) \/ []<>A    <--- apply always_eventually_distrib
// == []<>A \/ []<>~E(A)

// `|=` for temporal predicates in TLA+.
// Returns true iff `temp_pred` is satisfied by all possible executions (behaviors).
//
// Defined in 3.3.





} // verus!
}

pub use defs::*;
}
