// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;































pub proof fn lemma_map_union_commute<A, B>(self_: ISet<A>, t: ISet<A>, f: spec_fn(A) -> B)
        ensures
            (self_.union(t)).map(f) =~= self_.map(f).union(t.map(f)),
    {
        broadcast use group_iset_lemmas;

        let lhs = self_.union(t).map(f);
        let rhs = self_.map(f).union(t.map(f));

        assert forall|elem: B| rhs.contains(elem) implies lhs.contains(elem) by {
            if self_.map(f).contains(elem) {
                let preimage = choose|preimage: A| self_.contains(preimage) && f(preimage) == elem;
                assert(self_.union(t).contains(preimage));
            } else {
                assert(t.map(f).contains(elem));
                let preimage = choose|preimage: A| t.contains(preimage) && f(preimage) == elem;
                assert(self_.union(t).contains(preimage));
            }
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
