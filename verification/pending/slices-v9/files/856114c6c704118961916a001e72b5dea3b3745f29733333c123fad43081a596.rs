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

    spec fn add(self, rhs: SeqInner<A>) -> SeqInner<A>
        decreases self.len(),
    {
        match self {
            SeqInner::Nil => rhs,
            SeqInner::Cons { head, tail } => {
                let new_tail = tail.add(rhs);
                SeqInner::Cons { head, tail: Tracked(new_tail) }
            },
        }
    }

    // return the suffix
    proof fn tracked_add(tracked &mut self, tracked mut b: Self)
        ensures
            *final(self) == old(self).add(b),
            final(self).len() == old(self).len() + b.len(),
        decreases self.len(),
    {
        let tracked mut s = SeqInner::Nil;
        super::modes::tracked_swap(&mut s, self);
        match s {
            SeqInner::Nil => {
                seq_inner::lemma_empty(*old(self));
                super::modes::tracked_swap(&mut b, self);
            },
            SeqInner::Cons { head, tail } => {
                let tracked Tracked(mut tail) = tail;
                tail.tracked_add(b);
                let tracked mut new = SeqInner::Cons { head, tail: Tracked(tail) };
                super::modes::tracked_swap(&mut new, self);
                seq_inner::lemma_add_len(s, b);
            },
        }
    }

    }

mod seq_inner {
    use super::*;

    // empty
    pub(super) proof fn lemma_empty<A>(s: SeqInner<A>)
        ensures
            s.len() == 0 <==> s == SeqInner::Nil,
    {
        if s.len() == 0 {
            assert(s == SeqInner::Nil)
        }
        if s == SeqInner::Nil {
            assert(s.len() == 0);
        }
    }

    // push lemmas
    // update lemmas
    // subrange lemmas
    // decrease to index
    // add lemmas
    pub(super) proof fn lemma_add_len<A>(s1: SeqInner<A>, s2: SeqInner<A>)
        ensures
            s1.add(s2).len() == s1.len() + s2.len(),
        decreases s1.add(s2).len(),
    {
        let sum = s1.add(s2);
        match s1 {
            SeqInner::Nil => {
                assert(sum == s2);
            },
            SeqInner::Cons { head, tail } => {
                let new_tail = tail@.add(s2);
                lemma_add_len(tail@, s2);
                assert(new_tail.len() == (s1.len() - 1) + s2.len());
                assert(sum.len() == 1 + new_tail.len());
            },
        }
    }

    // index lemma
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
