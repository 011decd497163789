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
fn build_range(n: u32) -> (v: Vec<u32>)
    ensures
        v.len() == n,
        forall|i: int| 0 <= i < n ==> v[i] == i,
{
    let mut v: Vec<u32> = Vec::new();
    for i in r_iter: 0..n
        invariant
            v.len() == r_iter.index(),
            forall|j: int| 0 <= j < v.len() ==> v[j] == r_iter.seq()[j],
    {
        v.push(i);
    }
    v
}
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

