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
    
    
    
    
    
    
    
    
    
    }

mod seq_inner {
    use super::*;

    // empty
    
    // push lemmas
    
    
    
    // update lemmas
    
    
    
    // subrange lemmas
    
    
    
    
    
    
    
    
    
    // decrease to index
    
    // add lemmas
    pub(super) proof fn lemma_add_empty<A>(s: SeqInner<A>)
        ensures
            s.add(SeqInner::Nil) == s,
            SeqInner::Nil.add(s) == s,
        decreases s.len(),
    {
        assert(SeqInner::Nil.add(s) == s);

        let sum = s.add(SeqInner::Nil);
        match s {
            SeqInner::Nil => {
                assert(sum == SeqInner::Nil);
                assert(s == SeqInner::Nil);
            },
            SeqInner::Cons { head, tail } => {
                assert(sum == SeqInner::Cons { head, tail: Tracked(tail@.add(SeqInner::Nil)) });
                lemma_add_empty(tail@);
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
