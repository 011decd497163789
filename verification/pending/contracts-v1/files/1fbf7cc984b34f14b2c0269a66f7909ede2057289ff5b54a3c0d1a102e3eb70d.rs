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
use crate::raw_ptr_extra::*;
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// A unified interface for the raw ptr permission returned by `into_raw` methods of smart pointers like `Box` and `Arc`.
verus! {




// The permission to access memory given by the `into_raw` methods of smart pointers like `Box` and `Arc`.
/// For `Box<T>`, the `into_raw` method gives you the ownership of the memory
pub tracked struct BoxPointsTo<T> {
    pub perm: PointsTowithDealloc<T>,
}


impl<T> BoxPointsTo<T> {
    
    
    
    
    
    #[verifier::external_body]
    pub proof fn tracked_get_points_to_with_dealloc(tracked self) -> (tracked ret:
        PointsTowithDealloc<T>)
        returns
            self.perm,
    {
        unimplemented!()
    }

    
    pub proof fn tracked_get_points_to(tracked self) -> (tracked ret: PointsTo<T>)
        returns
            self.perm.points_to,
    {
        self.tracked_get_points_to_with_dealloc().tracked_get_points_to()
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


pub mod raw_ptr_extra {
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


impl<T> PointsTowithDealloc<T> {
    
    
    
    
    
    
    
    #[verifier::external_body]
    pub proof fn tracked_get_points_to(tracked self) -> (tracked ret: PointsTo<T>)
        returns
            self.points_to,
    {
        unimplemented!()
    }

    
    
    
    }

} // verus!
}
