// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;










































pub broadcast proof fn lemma_filter_map_finite<A, B>(self_: ISet<A>, f: spec_fn(A) -> Option<B>)
        requires
            self_.finite(),
        ensures
            #[trigger] self_.filter_map(f).finite(),
        decreases self_.len(),
    {
        broadcast use group_iset_lemmas;
        broadcast use ISet::lemma_filter_map_insert;

        let mapped = self_.filter_map(f);
        if self_.len() == 0 {
            assert(self_.filter_map(f) =~= ISet::<B>::empty());
        } else {
            let elem = self_.choose();
            lemma_filter_map_finite(self_.remove(elem), f);
            assert(self_ =~= self_.remove(elem).insert(elem));
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
