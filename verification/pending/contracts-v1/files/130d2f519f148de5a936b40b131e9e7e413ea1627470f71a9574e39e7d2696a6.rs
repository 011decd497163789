use vstd::prelude::*;

use vstd::layout;
use vstd::raw_ptr::MemContents;
use vstd::set;
use vstd::set_lib;

use core::marker::PhantomData;

verus! {

pub trait SubRepr<R: Sized>: Sized {
    
    
    
    
    
    
    
    
    }

/// Concrete representation of a pointer to an array
/// The length of the array is not stored in the pointer
pub struct ReprPtr<R, T: SubRepr<R>> {
    pub addr: usize,
    pub ptr: PPtr<R>,
    pub _T: PhantomData<T>,
}

impl<R, T: SubRepr<R>> Clone for ReprPtr<R, T> {
    #[verifier::external_body]
    fn clone(&self) -> Self {
        unimplemented!()
    }
}

impl<R, T: SubRepr<R>> Copy for ReprPtr<R, T> {

}

impl<R, T: SubRepr<R>> ReprPtr<R, T> {
    pub open spec fn addr_spec(self) -> usize {
        self.addr
    }

    #[verifier::external_body]
    #[verifier::when_used_as_spec(addr_spec)]
    pub fn addr(self) -> (u: usize)
        ensures
            u == self.addr,
    {
        unimplemented!()
    }

    
    
    }

#[verifier::accept_recursive_types(T)]
pub tracked struct PointsTo<R, T: SubRepr<R>> {
    pub ghost addr: usize,
    pub points_to: simple_pptr::PointsTo<R>,
    pub _T: PhantomData<T>,
}

impl<R, T: SubRepr<R>> PointsTo<R, T> {
    
    
    pub open spec fn addr(self) -> usize {
        self.addr
    }

    
    
    
    
    pub open spec fn pptr(self) -> ReprPtr<R, T> {
        ReprPtr { addr: self.addr, ptr: self.points_to.pptr(), _T: PhantomData }
    }

    pub broadcast proof fn pptr_implies_addr(&self)
        ensures
            self.addr() == #[trigger] self.pptr().addr(),
    {
    }
}

} // verus!
