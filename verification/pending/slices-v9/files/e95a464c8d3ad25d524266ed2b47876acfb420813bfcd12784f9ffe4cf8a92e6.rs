// client-crate form of vstd/seq.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq {


verus! {

#[verifier::ext_equal]
#[verifier::accept_recursive_types(A)]
tracked enum SeqInner<A> {
    Nil,
    Cons { head: Tracked<A>, tail: Tracked<SeqInner<A>> },
}

// This indirection is required to show the termination of `Seq::len`
//
// If we translated this to `Seq` we the decrease clauses wouldn't work,
// because we would have had to re-internalize the tail into a `Seq`
impl<A> SeqInner<A> {
    spec fn len(self) -> nat
        decreases self,
    {
        match self {
            SeqInner::Nil => 0,
            SeqInner::Cons { tail, .. } => { 1 + tail.len() },
        }
    }

    spec fn index(self, i: int) -> A
        recommends
            0 <= i < self.len(),
        decreases self.len(),
    {
        match self {
            SeqInner::Nil => arbitrary(),
            SeqInner::Cons { head, tail } => if i == 0 {
                head@
            } else {
                tail.index(i - 1)
            },
        }
    }

    #[verifier::inline]
    spec fn spec_index(self, i: int) -> A
        recommends
            0 <= i < self.len(),
    {
        self.index(i)
    }

    // return the suffix
    proof fn tracked_borrow(tracked &self, i: int) -> (tracked ret: &A)
        requires
            0 <= i < self.len(),
        ensures
            *ret == self[i],
        decreases self.len(),
    {
        if i == 0 {
            match self {
                SeqInner::Nil => {
                    assert(false);
                    proof_from_false()
                },
                SeqInner::Cons { head, .. } => { head.borrow() },
            }
        } else {
            match self {
                SeqInner::Nil => {
                    assert(false);
                    proof_from_false()
                },
                SeqInner::Cons { tail, .. } => { tail.tracked_borrow(i - 1) },
            }
        }
    }

    }






// TODO: this should be provable















// Expensive lemma; not in the default broadcast group





// Expensive lemma; not in the default broadcast group



// Expensive lemma; not in the default broadcast group










// Expensive lemma; not in the default broadcast group

// Less expensive, more limited alternative to lemma_seq_subrange_index_alt







// Expensive lemma; not in the default broadcast group

// Expensive lemma; not in the default broadcast group



// Expensive lemmas not in the default group (may slow down verification)

// ------------- Macros ---------------- //



} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::seq::*;
} // mod seq
#[allow(unused_imports)]
pub use vstd::*;
