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

    spec fn subrange(self, start_inclusive: int, end_exclusive: int) -> SeqInner<A>
        recommends
            0 <= start_inclusive <= end_exclusive <= self.len(),
        decreases start_inclusive, end_exclusive - start_inclusive,
    {
        match self {
            SeqInner::Nil => SeqInner::Nil,
            SeqInner::Cons {
                head,
                tail,
            } =>
            // skip elements until start_inclusive becomes 0
            if start_inclusive > 0 {
                tail.subrange(start_inclusive - 1, end_exclusive - 1)
            } else {
                if end_exclusive <= 0 {
                    SeqInner::Nil
                } else {
                    let new_tail = tail.subrange(start_inclusive, end_exclusive - 1);
                    SeqInner::Cons { head, tail: Tracked(new_tail) }
                }
            },
        }
    }

    // return the suffix
    proof fn tracked_split_at(tracked &mut self, i: int) -> (tracked ret: Self)
        requires
            0 <= i <= old(self).len(),
        ensures
            *final(self) == old(self).subrange(0, i),
            ret == old(self).subrange(i, old(self).len() as int),
            final(self).len() == i,
            ret.len() == old(self).len() - i,
        decreases self.len(),
    {
        let tracked mut s = SeqInner::Nil;
        super::modes::tracked_swap(&mut s, self);
        let tracked ret = if i == 0 {
            seq_inner::lemma_subrange_len(*old(self), 0, i);
            seq_inner::lemma_empty(old(self).subrange(0, i));
            seq_inner::lemma_full_subrange_idempotent(*old(self));

            s
        } else {
            let ghost old_self = s;
            match s {
                SeqInner::Nil => {
                    assert(false);
                    proof_from_false()
                },
                SeqInner::Cons { head, tail } => {
                    let tracked Tracked(mut tail) = tail;
                    let ghost old_tail = tail;
                    let tracked suff = tail.tracked_split_at(i - 1);

                    let tracked mut new = SeqInner::Cons { head, tail: Tracked(tail) };

                    super::modes::tracked_swap(&mut new, self);

                    suff
                },
            }
        };

        assert(*final(self) == old(self).subrange(0, i));
        assert(ret == old(self).subrange(i, old(self).len() as int));
        seq_inner::lemma_subrange_len(*old(self), 0, i);
        seq_inner::lemma_subrange_len(*old(self), i, old(self).len() as int);

        ret
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
    pub(super) proof fn lemma_subrange_len<A>(s: SeqInner<A>, j: int, k: int)
        requires
            0 <= j <= k <= s.len(),
        ensures
            s.subrange(j, k).len() == k - j,
        decreases j, k,
    {
        match s {
            SeqInner::Nil => {},
            SeqInner::Cons { head, tail } => {
                if j > 0 {
                    assert(s.subrange(j, k) == tail.subrange(j - 1, k - 1));
                    lemma_subrange_len(tail@, j - 1, k - 1);
                } else if k > 0 {
                    let new_tail = tail@.subrange(j, k - 1);
                    lemma_subrange_len(tail@, j, k - 1);
                    assert(new_tail.len() == k - j - 1);
                    let sub = SeqInner::Cons { head, tail: Tracked(new_tail) };
                    assert(sub.len() == 1 + new_tail.len());
                } else {
                    assert(j == k == 0);
                    assert(s.subrange(j, k).len() == 0);
                }
            },
        }
    }

    pub(super) proof fn lemma_subrange_index_aux<A>(s: SeqInner<A>, k: int, i: int)
        requires
            0 <= k <= s.len(),
            0 <= i < k,
        ensures
            s.subrange(0, k)[i] == s[i],
        decreases s,
    {
        lemma_subrange_len(s, 0, k);
        // assert(s.subrange(0, k).len() == k);
        // assert(0 <= i < s.subrange(0, k).len());
        match s {
            SeqInner::Nil => {
                // assert(false);
            },
            SeqInner::Cons { head, tail } => {
                if i == 0 {
                    // assert(s[0] == head);
                    assert(s.subrange(0, k)[0] == head);
                } else {
                    lemma_subrange_index_aux(tail@, k - 1, i - 1);
                }
            },
        }
    }

    pub(super) proof fn lemma_subrange_index<A>(s: SeqInner<A>, j: int, k: int, i: int)
        requires
            0 <= j <= k <= s.len(),
            0 <= i < k - j,
        ensures
            s.subrange(j, k)[i] == s[i + j],
        decreases s,
    {
        lemma_subrange_len(s, j, k);
        if j == 0 {
            lemma_subrange_index_aux(s, k, i);
        } else {
            match s {
                SeqInner::Nil => {
                    assert(false);
                },
                SeqInner::Cons { head, tail } => {
                    lemma_subrange_index(tail@, j - 1, k - 1, i);
                },
            }
        }
    }

    pub(super) proof fn lemma_full_subrange_idempotent<A>(s: SeqInner<A>)
        ensures
            s.subrange(0, s.len() as int) == s,
        decreases s.len(),
    {
        match s {
            SeqInner::Nil => {
                assert(s.subrange(0, s.len() as int) == s);
            },
            SeqInner::Cons { head, tail } => {
                lemma_subrange_index(s, 0, s.len() as int, 0);
                lemma_full_subrange_idempotent(tail@);
            },
        }
    }

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
