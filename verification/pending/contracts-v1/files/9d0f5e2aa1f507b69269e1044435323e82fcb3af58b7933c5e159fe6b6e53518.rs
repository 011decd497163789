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








/// Permission to access an array of values
pub tracked struct PointsTo<V, const N: usize> {
    points_to: PointsToArray<V, N>,
    exposed: raw_ptr::IsExposed,
    dealloc: Option<raw_ptr::Dealloc>,
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


} // verus!
}
pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod smart_ptr {
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// A unified interface for the raw ptr permission returned by `into_raw` methods of smart pointers like `Box` and `Arc`.
verus! {




// The permission to access memory given by the `into_raw` methods of smart pointers like `Box` and `Arc`.

/// For `Arc<T>`, the `into_raw` method gives shared access to the memory, and the reference count is not decreased,
/// so the value will not be deallocated until we convert back to `Arc<T>` and drop it.
/// See <https://doc.rust-lang.org/src/alloc/sync.rs.html#1480>.
pub tracked struct ArcPointsTo<T: 'static> {
    pub perm: &'static PointsTo<T>,
}


impl<T> ArcPointsTo<T> {
    
    
    
    
    
    pub proof fn tracked_borrow_points_to(tracked &self) -> (tracked ret: &'static PointsTo<T>)
        returns
            self.perm,
    {
        self.perm
    }
}



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

pub use smart_ptr::*;

use vstd::prelude::*;

verus! {


} // verus!
}


