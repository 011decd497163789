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









impl<T, const N: usize> View for PointsToArray<T, N> {
    type V = PointsToArrayData<T, N>;

    uninterp spec fn view(&self) -> Self::V;
}

impl<V, const N: usize> PointsToArray<V, N> {
    #[verifier::inline]
    pub open spec fn ptr(self) -> *mut [V; N] {
        self@.ptr
    }

    
    
    
    
    
    
    
    
    
    }







/// Permission to access an array of values
pub tracked struct PointsTo<V, const N: usize> {
    points_to: PointsToArray<V, N>,
    exposed: raw_ptr::IsExposed,
    dealloc: Option<raw_ptr::Dealloc>,
}



impl<V, const N: usize> PointsTo<V, N> {
    /// Spec: cast the permission to an integer
    pub closed spec fn addr(self) -> usize {
        self.points_to.ptr()@.addr
    }

    
    
    
    
    
    
    
    
    
    
    
    
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

    
    
    
    
    
    
    
    
    
    }










#[verifier::accept_recursive_types(T)]
pub tracked struct PointsTo<R, T: Repr<R>> {
    pub points_to: simple_pptr::PointsTo<R>,
    pub inner_perms: T::ReprPerm,
    pub _T: PhantomData<T>,
}

impl<R, T: Repr<R>> PointsTo<R, T> {
    
    
    
    pub open spec fn addr(self) -> usize {
        self.points_to.addr()
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
pub mod ownership {
use vstd::prelude::*;

verus! {

pub trait Inv {
    spec fn inv(self) -> bool;
}




} // verus!
}


pub mod raw_ptr_extra {
use crate::ownership::*;
use vstd::layout::size_of as layout_size_of;
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// NOTE: vstd::layout::size_of and size_of are actually two different functions,
// See: https://verus-lang.zulipchat.com/#narrow/channel/399078-help/topic/Multiple.20definitions.20of.20.60align_of.60.20and.20.60size_of.60.20in.20raw_ptr/with/563994445

verus! {



// Record Typed access permission along with Dealloc permission.
// This is similar to PPtr::PointsTo, but we want to make it as low-level and general as possible.
// Difference with PPtr::PointsTo:
// 1. Allowing null pointers (addr == 0).
// 2. Relaxed alignment requirement between Dealloc::align and align_of::<T>().
// TODO: consider expose_provenance
pub tracked struct PointsTowithDealloc<T> {
    pub tracked points_to: PointsTo<T>,
    // The Dealloc permission is only valid with non-zero size.
    pub tracked dealloc: Option<Dealloc>,
}

impl<T> Inv for PointsTowithDealloc<T> {
    open spec fn inv(self) -> bool {
        // This alignment is to enable the conversion between PointsTo<T> and PointsToRaw
        &&& self.points_to.ptr().addr() as int % vstd::layout::align_of::<T>() as int == 0
        &&& match self.dealloc {
            Some(dealloc) => {
                &&& vstd::layout::size_of::<T>() > 0
                &&& self.points_to.ptr().addr() == dealloc.addr()
                &&& self.points_to.ptr()@.provenance == dealloc.provenance()
                &&& dealloc.size() == vstd::layout::size_of::<
                    T,
                >()
                // By definition in raw_ptr, the alignment of Dealloc is determined by alloc and it does not need to be equal to the alignment of T.
                // This alignment requirement is to ensure correctness of allocation and deallocation.
                &&& valid_layout(size_of::<T>(), dealloc.align() as usize)
            },
            None => { vstd::layout::size_of::<T>() == 0 },
        }
    }
}

impl<T> PointsTowithDealloc<T> {
    pub open spec fn ptr(self) -> *mut T {
        self.points_to.ptr()
    }

    pub open spec fn addr(self) -> usize {
        self.ptr().addr()
    }

    
    
    
    
    
    
    
    
    pub proof fn new_zero_size(tracked points_to: PointsTo<T>) -> (tracked ret: Self)
        requires
            vstd::layout::size_of::<T>() == 0,
        ensures
            ret.inv(),
        returns
            (PointsTowithDealloc { points_to, dealloc: None }),
    {
        points_to.is_aligned();
        PointsTowithDealloc { points_to, dealloc: None }
    }

    }

} // verus!
}
