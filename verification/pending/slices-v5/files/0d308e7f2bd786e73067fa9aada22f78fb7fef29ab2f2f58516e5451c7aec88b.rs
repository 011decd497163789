// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;













































pub broadcast proof fn flatten_insert_union_commute<A>(self_: ISet<ISet<A>>, other: ISet<A>)
        ensures
            self_.flatten().union(other) =~= #[trigger] self_.insert(other).flatten(),
    {
        broadcast use group_iset_lemmas;

        let lhs = self_.flatten().union(other);
        let rhs = self_.insert(other).flatten();

        assert forall|elem: A| lhs.contains(elem) implies rhs.contains(elem) by {
            if exists|s: ISet<A>| self_.contains(s) && s.contains(elem) {
                let s = choose|s: ISet<A>| self_.contains(s) && s.contains(elem);
                assert(self_.insert(other).contains(s));
                assert(s.contains(elem));
            } else {
                assert(self_.insert(other).contains(other));
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
