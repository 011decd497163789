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

    spec fn push(self, a: A) -> SeqInner<A>
        decreases self.len(),
    {
        match self {
            SeqInner::Nil => SeqInner::Cons { head: Tracked(a), tail: Tracked(SeqInner::Nil) },
            SeqInner::Cons { head, tail } => {
                let new_tail = tail.push(a);
                SeqInner::Cons { head, tail: Tracked(new_tail) }
            },
        }
    }

    // return the suffix
    proof fn tracked_push(tracked &mut self, tracked v: A)
        ensures
            *final(self) == old(self).push(v),
            final(self).len() == old(self).len() + 1,
        decreases self.len(),
    {
        let tracked mut s = SeqInner::Nil;
        super::modes::tracked_swap(&mut s, self);
        match s {
            SeqInner::Nil => {
                let tracked mut new = SeqInner::Cons {
                    head: Tracked(v),
                    tail: Tracked(SeqInner::Nil),
                };
                super::modes::tracked_swap(&mut new, self);
            },
            SeqInner::Cons { head, tail } => {
                let tracked Tracked(mut tail) = tail;
                tail.tracked_push(v);
                let tracked mut new = SeqInner::Cons { head, tail: Tracked(tail) };
                super::modes::tracked_swap(&mut new, self);
            },
        }
        assert(*final(self) == old(self).push(v));
        seq_inner::lemma_push_len(*old(self), v);
    }

    }

mod seq_inner {
    use super::*;

    // empty
    // push lemmas
    pub(super) proof fn lemma_push_len<A>(s: SeqInner<A>, a: A)
        ensures
            s.push(a).len() == s.len() + 1,
        decreases s.len(),
    {
        match s {
            SeqInner::Nil => {},
            SeqInner::Cons { tail, .. } => {
                lemma_push_len(tail@, a);
            },
        }
    }

    // update lemmas
    // subrange lemmas
    // decrease to index
    // add lemmas
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
