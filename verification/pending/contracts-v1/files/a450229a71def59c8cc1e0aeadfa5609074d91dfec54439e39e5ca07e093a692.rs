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
    
    
    
    
    
    
    
    pub proof fn tracked_get_points_to(tracked self) -> (tracked ret: PointsTo<T>)
        returns
            self.points_to,
    {
        self.points_to
    }

    
    
    
    }

} // verus!
}
