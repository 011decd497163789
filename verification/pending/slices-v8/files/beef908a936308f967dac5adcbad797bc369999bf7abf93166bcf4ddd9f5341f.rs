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







/// Permission to access an array of values
pub tracked struct PointsTo<V, const N: usize> {
    points_to: PointsToArray<V, N>,
    exposed: raw_ptr::IsExposed,
    dealloc: Option<raw_ptr::Dealloc>,
}

broadcast use {raw_ptr::group_raw_ptr_axioms, set_lib::group_set_lib_default};


impl<V, const N: usize> PointsTo<V, N> {
    /// Spec: cast the permission to an integer
    pub closed spec fn addr(self) -> usize {
        self.points_to.ptr()@.addr
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

    
    pub proof fn is_nonnull(tracked self)
        requires
            self.wf(),
        ensures
            self.addr() != 0,
    {
        self.wf();
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


