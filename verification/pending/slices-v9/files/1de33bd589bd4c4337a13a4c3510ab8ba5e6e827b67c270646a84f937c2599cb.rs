// client-crate form of vstd/seq.rs (verusbench), cut from vstd's crate: the unit's fn and the items
// it needs that a client cannot name, at their module paths; the rest is vstd's own, through the glob imports
//! The "standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and datatypes for proofs,
//! as well as runtime functionality with specifications.
//! For an introduction to Verus, see [the tutorial](https://verus-lang.github.io/verus/guide/).
 // silences spurious warnings for features that cause errors when omitted


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

    pub(super) proof fn lemma_subrange_composition_aux2<A>(s: SeqInner<A>, j1: int, j2: int)
        requires
            0 <= j2 <= j1 <= s.len(),
        ensures
            s.subrange(0, j1).subrange(0, j2) == s.subrange(0, j2),
        decreases s.len(),
    {
        if j1 == j2 {
            lemma_subrange_len(s, 0, j1);
            lemma_full_subrange_idempotent(s.subrange(0, j1));
        } else if j1 == 0 {
            assert(false);
        } else if j2 == 0 {
            lemma_subrange_len(s.subrange(0, j1), 0, j2);
            lemma_empty(s.subrange(0, j1).subrange(0, j2));
        } else {
            match s {
                SeqInner::Nil => {},
                SeqInner::Cons { head, tail } => {
                    lemma_subrange_composition_aux2(tail@, j1 - 1, j2 - 1);
                },
            }
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


#[doc(hidden)]
pub use seq_internal;
pub use seq;

} // verus!
#[allow(unused_imports)]
use vstd::seq::*;
}


// Re-exports all vstd types, traits, and functions that are commonly used or replace
// regular `core` or `std` definitions.


verus! {


} // verus!
// This allows us to use `$crate::vstd` or `crate::vstd` to refer to vstd
// both in verus_verify_core mode (vstd is a module) and out (vstd is a crate)
#[allow(unused_imports)]
pub use vstd::*;
