use vstd::prelude::*;

use vstd::layout;
use vstd::raw_ptr::MemContents;
use vstd::set;
use vstd::set_lib;

use core::marker::PhantomData;

verus! {

pub trait SubRepr<R: Sized>: Sized {
    spec fn wf(r: R) -> bool;

    
    
    spec fn ext_repr_spec(r: R) -> Self;

    
    fn from_borrowed<'a>(r: &'a R) -> (res: &'a Self)
        requires
            Self::wf(*r),
        ensures
            *res == Self::ext_repr_spec(*r),
    ;

    
    
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
    
    
    
    
    pub exec fn borrow<'a>(self, Tracked(perm): Tracked<&'a PointsTo<R, T>>) -> (v: &'a T)
        requires
            perm.pptr() == self,
            perm.is_init(),
            perm.wf(),
        ensures
            *v == perm.value(),
    {
        T::from_borrowed(self.ptr.borrow(Tracked(&perm.points_to)))
    }
}

#[verifier::accept_recursive_types(T)]
pub tracked struct PointsTo<R, T: SubRepr<R>> {
    pub ghost addr: usize,
    pub points_to: simple_pptr::PointsTo<R>,
    pub _T: PhantomData<T>,
}

impl<R, T: SubRepr<R>> PointsTo<R, T> {
    
    pub open spec fn wf(self) -> bool {
        &&& T::wf(self.points_to.value())
    }

    
    pub open spec fn mem_contents(self) -> MemContents<T> {
        match self.points_to.mem_contents() {
            MemContents::<R>::Uninit => MemContents::<T>::Uninit,
            MemContents::<R>::Init(r) => MemContents::<T>::Init(T::from_repr(r)),
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

    pub open spec fn pptr(self) -> ReprPtr<R, T> {
        ReprPtr { addr: self.addr, ptr: self.points_to.pptr(), _T: PhantomData }
    }

    }

} // verus!
