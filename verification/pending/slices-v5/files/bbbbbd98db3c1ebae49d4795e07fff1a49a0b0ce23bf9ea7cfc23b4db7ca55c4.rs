// client-crate form of vstd/seq_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq_lib {

verus! {

broadcast use group_seq_lemmas;






































































pub proof fn lemma_no_dup_set_cardinality<A>(self_: Seq<A>)
        requires
            self_.to_set().len() == self_.len(),
        ensures
            self_.no_duplicates(),
        decreases self_.len(),
    {
        broadcast use super::set::group_set_lemmas;

        self_.to_set_ensures();
        self_.drop_first().to_set_ensures();

        if self_.len() == 0 {
        } else {
            assert(self_ =~= Seq::empty().push(self_.first()).add(self_.drop_first()));
            if self_.drop_first().contains(self_.first()) {
                // If there is a duplicate, then we show that |s.to_set()| == |s| cannot hold.
                assert(self_.to_set() =~= self_.drop_first().to_set());
                assert(self_.to_set().len() <= self_.drop_first().len()) by {
                    self_.drop_first().lemma_cardinality_of_set()
                }
            } else {
                assert(self_.to_set().len() == 1 + self_.drop_first().to_set().len()) by {
                    assert(self_.drop_first().to_set().insert(self_.first()) =~= self_.to_set());
                }
                lemma_no_dup_set_cardinality(self_.drop_first());
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
