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
struct Iter42_43 {
    // Number of 42s that will (prophetically) still be handed out by `next`
    front: Tracked<ProphecyGhost<nat>>,
    // Number of 43s that will (prophetically) still be handed out by `next_back`
    back: Tracked<ProphecyGhost<nat>>,
}
// ANCHOR_END: inf_dbl_def

/// Popping a 42 off the front is the same as decrementing `front`.
proof fn lemma_seq_42_43_drop_first(front: nat, back: nat)
    ensures
        seq_42_43((front + 1) as nat, back).drop_first() == seq_42_43(front, back),
{
    assert(seq_42_43((front + 1) as nat, back).drop_first() =~= seq_42_43(front, back));
}

/// Popping a 43 off the back is the same as decrementing `back`.
proof fn lemma_seq_42_43_drop_last(front: nat, back: nat)
    ensures
        seq_42_43(front, (back + 1) as nat).drop_last() == seq_42_43(front, back),
{
    assert(seq_42_43(front, (back + 1) as nat).drop_last() =~= seq_42_43(front, back));
}


impl Iterator for Iter42_43 {
    type Item = u32;

    fn next(&mut self) -> (ret: Option<Self::Item>)
        ensures
            ret == Some(42u32),
    {
        proof {
            let tracked mut new = ProphecyGhost::new();
            tracked_swap(&mut new, &mut self.front);
            new.resolve_dependent(&self.front, |x:nat| (x + 1) as nat);
            // We learn: old(self).front.value() == final(self).front.value() + 1,
            // and self.back is untouched, so the 43-suffix is unchanged.
            // Hence remaining() loses exactly its first element, which is a 42,
            // since old(self).front.value() >= 1.
            lemma_seq_42_43_drop_first(self.front@.value(), self.back@.value());
        }
        Some(42)
    }
}


// ANCHOR: inf_dbl_spec
spec fn seq_42_43(front: nat, back: nat) -> Seq<u32> {
    Seq::new((front + back) as nat, |i: int| if i < front { 42u32 } else { 43u32 })
}

impl IteratorSpecImpl for Iter42_43 {
    open spec fn obeys_prophetic_iter_laws(&self) -> bool { true }

    #[verifier::prophetic]
    closed spec fn remaining(&self) -> Seq<Self::Item> {
        seq_42_43(self.front@.value(), self.back@.value())
    }

    open spec fn will_return_none(&self) -> bool { false }

    open spec fn decrease(&self) -> Option<nat> { None }

    open spec fn peek(&self, index: int) -> Option<Self::Item> { Some(42) }
}
// ANCHOR_END: inf_dbl_spec


impl DoubleEndedIterator for Iter42_43 {
    fn next_back(&mut self) -> (ret: Option<Self::Item>)
        ensures
            ret == Some(43u32),
    {
        proof {
            let tracked mut new = ProphecyGhost::new();
            tracked_swap(&mut new, &mut self.back);
            new.resolve_dependent(&self.back, |x:nat| (x + 1) as nat);
            // We learn: old(self).back.value() == final(self).back.value() + 1,
            // and self.front is untouched, so remaining() loses exactly its last
            // element, which is a 43, since old(self).back.value() >= 1.
            lemma_seq_42_43_drop_last(self.front@.value(), self.back@.value());
        }
        Some(43)
    }
}

impl DoubleEndedIteratorSpecImpl for Iter42_43 {
    open spec fn peek_back(&self, index: int) -> Option<Self::Item> { Some(43) }
}





} // verus!

