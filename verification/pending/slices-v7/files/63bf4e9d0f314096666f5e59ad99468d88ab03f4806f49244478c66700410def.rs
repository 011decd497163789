//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod cast_ptr {
use vstd::prelude::*;

use vstd::raw_ptr::MemContents;
use vstd::std_specs::convert::{FromSpec, FromSpecImpl};

use core::marker::PhantomData;

verus! {


/// Concrete representation of a pointer to an object of type T with representation type R
/// The length of the array is not stored in the pointer
#[verifier::accept_recursive_types(T)]
pub struct ReprPtr<R, T> {
    pub ptr: PPtr<R>,
    pub _T: PhantomData<T>,
}

impl<R, T> Clone for ReprPtr<R, T> {
    fn clone(&self) -> Self
        returns
            self,
    {
        Self { ptr: self.ptr, _T: PhantomData }
    }
}

impl<R, T> Copy for ReprPtr<R, T> {

}

impl<R, T> FromSpecImpl<PPtr<R>> for ReprPtr<R, T> {
    open spec fn obeys_from_spec() -> bool {
        true
    }

    open spec fn from_spec(ptr: PPtr<R>) -> Self {
        Self { ptr, _T: PhantomData }
    }
}

impl<R, T> From<PPtr<R>> for ReprPtr<R, T> {
    fn from(ptr: PPtr<R>) -> Self {
        Self { ptr, _T: PhantomData }
    }
}



impl<R, T> ReprPtr<R, T> {
    
    
    
    pub open spec fn addr_spec(self) -> usize {
        self.ptr.addr()
    }

    #[verifier::when_used_as_spec(addr_spec)]
    pub fn addr(self) -> usize
        returns
            self.addr(),
    {
        self.ptr.addr()
    }
}




} // verus!
}
pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
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
    
    
    
    
    spec fn addr_spec(self) -> NonZeroUsize;

    
    }














// Specification for NonNull::dangling(), uninterpreted because the ptr only has to satisfy the alignment requirement.
// See https://doc.rust-lang.org/stable/std/ptr/struct.NonNull.html#method.dangling.



// To prevent circular dependency



} // verus!
}

pub use nonnull::*;

use vstd::prelude::*;

verus! {


} // verus!
}


