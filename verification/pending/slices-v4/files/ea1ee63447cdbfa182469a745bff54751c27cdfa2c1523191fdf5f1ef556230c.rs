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




















broadcast use {raw_ptr::group_raw_ptr_axioms, set_lib::group_set_lib_default};




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



} // verus!
}


