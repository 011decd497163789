// client-crate form of vstd/seq_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq_lib {

verus! {

broadcast use group_seq_lemmas;

























































pub proof fn lemma_reverse_fold_right<A, B>(self_: Seq<A>, v: B, f: spec_fn(A, B) -> B)
        ensures
            self_.reverse().fold_right(f, v) == self_.fold_left(v, |b: B, a: A| f(a, b)),
        decreases self_.len(),
    {
        let g = |b: B, a: A| f(a, b);
        if self_.len() > 0 {
            let last = self_.last();
            let s0 = self_.drop_last();
            assert(self_.reverse() =~= seq![last] + s0.reverse());
            let res1 = self_.reverse().fold_right(f, v);
            let res2 = self_.fold_left(v, g);
            assert(res1 == self_.reverse().fold_right_alt(f, v)) by {
                self_.reverse().lemma_fold_right_alt(f, v)
            }
            assert(res2 == g(s0.fold_left(v, g), last));
            assert(self_.reverse().first() == last);
            assert(self_.reverse().subrange(1, self_.reverse().len() as int) =~= s0.reverse());
            assert(res1 == f(last, s0.reverse().fold_right_alt(f, v)));
            assert(res1 == f(last, s0.reverse().fold_right(f, v))) by {
                s0.reverse().lemma_fold_right_alt(f, v)
            }
            assert(res2 == g(s0.fold_left(v, g), last));
            lemma_reverse_fold_right(s0, v, f);
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
