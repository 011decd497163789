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







} // verus!
}


