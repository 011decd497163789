#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::std_specs::iter::{DoubleEndedIteratorSpecImpl,IteratorSpec,IteratorSpecImpl};
use vstd::proph::ProphecyGhost;
use vstd::modes::tracked_swap;

verus! {

// ANCHOR: iter_def
pub struct VecIterator<'a, T> {
    v: &'a Vec<T>,
    i: usize,
    j: usize,
}

impl <'a, T> VecIterator<'a, T> {
    pub closed spec fn elts(self) -> Seq<T> {
        self.v@
    }

    #[verifier::type_invariant]
    pub closed spec fn vec_iterator_type_inv(self) -> bool {
        &&& self.i <= self.j <= self.v.len()
        &&& self.i <= self.j <= self.v@.len()
    }
}
// ANCHOR_END: iter_def

// ANCHOR: iter_creation
// ANCHOR_END: iter_creation

// ANCHOR: normal_iter
impl<'a, T> Iterator for VecIterator<'a, T> {
    type Item = &'a T;

    #[verifier::external_body]
    fn next(&mut self) -> (ret: Option<Self::Item>) 
    {
        unimplemented!()
    }
}
// ANCHOR_END: normal_iter

// ANCHOR: iter_spec
impl<'a, T> IteratorSpecImpl for VecIterator<'a, T> {

    open spec fn obeys_prophetic_iter_laws(&self) -> bool {
        true
    }

    closed spec fn remaining(&self) -> Seq<Self::Item> {
        self.v@.subrange(self.i as int, self.j as int).as_ref()
    }

    closed spec fn will_return_none(&self) -> bool {
        true
    }

    closed spec fn decrease(&self) -> Option<nat> {
        Some((self.j - self.i) as nat)
    }
    
    open spec fn peek(&self, index: int) -> Option<Self::Item> {
        if 0 <= index < self.elts().len() {
            Some(&self.elts()[index])
        } else {
            None
        }
    }
}
// ANCHOR_END: iter_spec

// ANCHOR: double_iter_next_back
impl<'a, T> DoubleEndedIterator for VecIterator<'a, T> {
    fn next_back(&mut self) -> (ret: Option<Self::Item>) {
        proof { use_type_invariant(&*self); }
        if self.i < self.j {
            self.j = self.j - 1;
            return Some(&self.v[self.j]);
        } else {
            return None;
        }
    }
}
// ANCHOR_END: double_iter_next_back


// ANCHOR: double_iter_spec
impl<'a, T> DoubleEndedIteratorSpecImpl for VecIterator<'a, T> {
    open spec fn peek_back(&self, index: int) -> Option<Self::Item> {
        let len = self.elts().len();
        if 0 <= index < len {
            Some(&self.elts()[len - index - 1])
        } else {
            None
        }
    }    
}
// ANCHOR_END: double_iter_spec



// ANCHOR: usage_example
// ANCHOR_END: usage_example

// ANCHOR: build_range
// ANCHOR_END: build_range

// ANCHOR: no_binding
// ANCHOR_END: no_binding

// ANCHOR: rev_example
// ANCHOR_END: rev_example


//////////////////////////////////////////////////////////////////////
//
//      Infinite Counter
//
//////////////////////////////////////////////////////////////////////

// ANCHOR: ctr_iter_def
// ANCHOR_END: ctr_iter_def

// ANCHOR: ctr_new
// ANCHOR_END: ctr_new

// ANCHOR: ctr_normal_iter
// ANCHOR_END: ctr_normal_iter

// ANCHOR: ctr_iter_spec
// ANCHOR_END: ctr_iter_spec

// ANCHOR: ctr_usage_example
// ANCHOR_END: ctr_usage_example


//////////////////////////////////////////////////////////////////////
//
//      Always 42 ... 43
//
//////////////////////////////////////////////////////////////////////

// ANCHOR: inf_dbl_def
// ANCHOR_END: inf_dbl_def






// ANCHOR: inf_dbl_spec

// ANCHOR_END: inf_dbl_spec








} // verus!

