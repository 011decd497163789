// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;








































pub broadcast proof fn lemma_map_flatten_by_finite<A, B>(
        self_: ISet<A>,
        fwd: spec_fn(A) -> ISet<B>,
        rev: spec_fn(B) -> A,
    )
        requires
            self_.finite(),
            forall|a: A| self_.contains(a) ==> fwd(a).finite(),
        ensures
            #[trigger] self_.map_flatten_by(fwd, rev).finite(),
    {
        broadcast use lemma_iset_subset_finite;

        let s1 = self_.map_flatten_by(fwd, rev);
        let s2 = self_.map(fwd).flatten();
        assert forall|b: B| s1.contains(b) implies s2.contains(b) by {
            assert(self_.map(fwd).contains(fwd(rev(b))));
        }
        assert(s1.subset_of(s2));
        self_.lemma_map_finite(fwd);
        self_.map(fwd).lemma_flatten_finite();
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
