// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;






































pub proof fn lemma_map_finite<A, B>(self_: ISet<A>, f: spec_fn(A) -> B)
        requires
            self_.finite(),
        ensures
            self_.map(f).finite(),
        decreases self_.len(),
    {
        broadcast use group_iset_lemmas;
        broadcast use lemma_iset_empty_equivalency_len;

        if self_.len() == 0 {
            assert(forall|elem: A| !(#[trigger] self_.contains(elem)));
            assert forall|res: B| #[trigger] self_.map(f).contains(res) implies false by {
                let x = choose|x: A| self_.contains(x) && f(x) == res;
            }
            assert(self_.map(f) =~= ISet::<B>::empty());
        } else {
            let x = choose|x: A| self_.contains(x);
            assert(self_.map(f).contains(f(x)));
            lemma_map_finite(self_.remove(x), f);
            assert(self_.remove(x).insert(x) == self_);
            assert(self_.map(f) == self_.remove(x).map(f).insert(f(x)));
        }
    }

























// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude
// Dafny encodes the second clause with a single directional, although
// it should be fine with both directions?
// REVIEW: excluded from broadcast group if trigger is too free
//         also not that some proofs in seq_lib requires this lemma

// This verified lemma used to be an axiom in the Dafny prelude


// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude









} // verus!

#[allow(unused_imports)]
use vstd::iset::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::iset_lib::*;
} // mod iset_lib
#[allow(unused_imports)]
pub use vstd::*;
