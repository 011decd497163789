#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::std_specs::iter::{DoubleEndedIteratorSpecImpl,IteratorSpec,IteratorSpecImpl};
use vstd::proph::ProphecyGhost;
use vstd::modes::tracked_swap;

verus! {

// ANCHOR: iter_def

// ANCHOR_END: iter_def

// ANCHOR: iter_creation
// ANCHOR_END: iter_creation

// ANCHOR: normal_iter
// ANCHOR_END: normal_iter

// ANCHOR: iter_spec
// ANCHOR_END: iter_spec

// ANCHOR: double_iter_next_back
// ANCHOR_END: double_iter_next_back


// ANCHOR: double_iter_spec
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
struct IterCtr {
    count: u64,
    len: Tracked<ProphecyGhost<nat>>,
}
// ANCHOR_END: ctr_iter_def

// ANCHOR: ctr_new
// ANCHOR_END: ctr_new

// ANCHOR: ctr_normal_iter
impl Iterator for IterCtr {
    type Item = u64;

    fn next(&mut self) -> (ret: Option<Self::Item>) {
        proof {
            let tracked mut new = ProphecyGhost::new();
            tracked_swap(&mut new, &mut self.len);
            new.resolve_dependent(&self.len, |x:nat| (x + 1) as nat);
            // We learn: old(self).len().value() == final(self).len().value() + 1
        }
        let ret = self.count;
        if self.count == u64::MAX {
            self.count = 0;
        } else {
            self.count = self.count + 1;
        }
        Some(ret)
    }
}
// ANCHOR_END: ctr_normal_iter

// ANCHOR: ctr_iter_spec
impl IteratorSpecImpl for IterCtr {
    open spec fn obeys_prophetic_iter_laws(&self) -> bool { true }

    #[verifier::prophetic]
    closed spec fn remaining(&self) -> Seq<Self::Item> {
        Seq::new(self.len@.value(), |i:int| ((i + self.count) % (u64::MAX as int + 1)) as u64)
    }

    open spec fn will_return_none(&self) -> bool { false }

    open spec fn decrease(&self) -> Option<nat> { None }

    open spec fn peek(&self, index: int) -> Option<Self::Item> {
        Some((index % (u64::MAX as int + 1)) as u64)
    }
}
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

