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
// ANCHOR_END: inf_dbl_def


/// Popping a 43 off the back is the same as decrementing `back`.
proof fn lemma_seq_42_43_drop_last(front: nat, back: nat)
    ensures
        seq_42_43(front, (back + 1) as nat).drop_last() == seq_42_43(front, back),
{
    assert(seq_42_43(front, (back + 1) as nat).drop_last() =~= seq_42_43(front, back));
}




// ANCHOR: inf_dbl_spec
spec fn seq_42_43(front: nat, back: nat) -> Seq<u32> {
    Seq::new((front + back) as nat, |i: int| if i < front { 42u32 } else { 43u32 })
}

// ANCHOR_END: inf_dbl_spec








} // verus!

