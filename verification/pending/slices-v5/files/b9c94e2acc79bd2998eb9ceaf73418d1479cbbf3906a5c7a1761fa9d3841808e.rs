// client-crate form of vstd/seq_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq_lib {

verus! {

broadcast use group_seq_lemmas;



























































pub proof fn lemma_multiset_has_no_duplicates_conv<A>(self_: Seq<A>)
        requires
            forall|x: A| self_.to_multiset().contains(x) ==> self_.to_multiset().count(x) == 1,
        ensures
            self_.no_duplicates(),
    {
        broadcast use super::multiset::group_multiset_axioms;

        assert forall|i, j| (0 <= i < self_.len() && 0 <= j < self_.len() && i != j) implies self_[i]
            != self_[j] by {
            let mut a = if (i < j) {
                i
            } else {
                j
            };
            let mut b = if (i < j) {
                j
            } else {
                i
            };

            if (self_[a] == self_[b]) {
                let s0 = self_.subrange(0, b);
                let s1 = self_.subrange(b, self_.len() as int);
                assert(self_ == s0 + s1);

                broadcast use group_to_multiset_ensures;

                lemma_multiset_commutative(s0, s1);
                assert(self_.to_multiset().count(self_[a]) >= 2);
            }
        }
    }

















































































// Helper function to aid with merge sort














// Helper function showing that the resulting set contains all elements of the sequence

// Helper function showing that the recursive definition matches the set comprehension one








// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude
// Note: Dafny only does one way implication, but theoretically it could go both ways

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// Definition of a commutative fold_right operator.

// Definition of a commutative fold_left operator.

// For a commutative fold_right operator, any folding order
// (i.e., any permutation) produces the same result.

// For a commutative fold_left operator, any folding order
// (i.e., any permutation) produces the same result.

/************************** Lemmas about Take/Skip ***************************/

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude


// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

/************* Lemmas about the Commutability of Take and Skip with Update ************/

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude







// include all the Dafny prelude lemmas


} // verus!

#[allow(unused_imports)]
use vstd::calc_macro::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
use vstd::seq::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;
