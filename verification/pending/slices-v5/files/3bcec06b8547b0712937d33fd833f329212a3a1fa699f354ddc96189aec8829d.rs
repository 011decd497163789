// client-crate form of vstd/seq_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq_lib {

verus! {

broadcast use group_seq_lemmas;



















































































proof fn lemma_skip1_concat<A>(xs: Seq<A>, ys: Seq<A>)
        requires
            xs.len() > 0,
        ensures
            (xs + ys).skip(1) == xs.skip(1) + ys,
    {
        broadcast use group_seq_properties;

        assert((xs + ys).skip(1) == xs.skip(1) + ys);
    }

pub proof fn lemma_remove_duplicates_append<A>(self_: Seq<A>, x: A, seen: Seq<A>)
        ensures
            (self_ + seen).contains(x) ==> (self_ + seq![x]).remove_duplicates(seen)
                == self_.remove_duplicates(seen),
            !(self_ + seen).contains(x) ==> (self_ + seq![x]).remove_duplicates(seen)
                == self_.remove_duplicates(seen) + seq![x],
        decreases self_.len(),
    {
        broadcast use group_seq_properties;

        reveal_with_fuel(Seq::remove_duplicates, 2);

        if self_.len() != 0 {
            let head = self_[0];
            let tail = self_.skip(1);

            let seen2 = if seen.contains(head) {
                seen
            } else {
                seen + seq![head]
            };
            lemma_remove_duplicates_append(tail, x, seen2);
            assert((self_ + seq![x]).skip(1) == tail + seq![x]) by {
                Seq::lemma_skip1_concat(self_, seq![x]);
            };
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
