// client-crate form of vstd/std_specs/iter.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod std_specs {
pub mod iter {

use verus as verus_;


verus_! {






// Uninterpreted function representing the sequence of elements that will be
// produced by the iterator obtained from an IntoIterator value.
// This avoids requiring IteratorSpec bounds in from_iter's ensures clause.

// Connects into_iter_remaining to remaining() for types implementing Iterator + IteratorSpec.
// This allows callers of from_iter to relate the result to the iterator's remaining elements.



// Ghost accessor for the inner iterator

// TODO: Do we still need this?

// Spec version of Rev::new

// Ideally, we would write this postcondition directly on the definition of
// Iterator::rev above.  However, to do so, we would need to impose a trait
// bound of `Self: DoubleEndedIteratorSpec`.  However, this introduces a cyclic
// dependency, since DoubleEndedIteratorSpec depends on Iterator.  Hence,
// we introduce a layer of indirection via this uninterp spec function.




// Forwarding spec impl for the Rust-supplied blanket `impl<I> Iterator for &mut I`.
// Without this, bare method-call syntax on a `i: &mut I` receiver (e.g. `i.remaining()`)
// resolves to these (otherwise uninterpreted) functions on `&mut I` rather than on `I`,
// silently disconnecting clients from `I`'s actual specs.






pub fn new<I: Iterator>(iter: I) -> (s: VerusForLoopWrapper<I>)
        ensures
            s.index == 0,
            s.snapshot == iter,
            s.iter == iter,
            s.history@ == Seq::<I::Item>::empty(),
            s.wf(),
    {
        broadcast use lemma_seq_empty;
        VerusForLoopWrapper {
            index: Ghost(0),
            snapshot: Ghost(iter),
            iter,
            history: Ghost(Seq::empty()),
        }
    }

// Artificial function used when we desguar a for loop.
// It helps bring the definition of `peek` into scope,
// resulting in better automation for some proofs.




} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::seq::lemma_seq_empty;
use core::iter::Iterator;
#[allow(unused_imports)]
use vstd::std_specs::iter::*;
} // mod iter
#[allow(unused_imports)]
pub use vstd::std_specs::*;
} // mod std_specs
#[allow(unused_imports)]
pub use vstd::*;
