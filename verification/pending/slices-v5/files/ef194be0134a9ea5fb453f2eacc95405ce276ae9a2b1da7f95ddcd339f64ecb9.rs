// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;






























pub broadcast proof fn lemma_iset_map_insert_commute<A, B>(self_: ISet<A>, elt: A, f: spec_fn(A) -> B)
        ensures
            #[trigger] self_.insert(elt).map(f) =~= self_.map(f).insert(f(elt)),
    {
        assert forall|x: B| self_.map(f).insert(f(elt)).contains(x) implies self_.insert(elt).map(
            f,
        ).contains(x) by {
            if x == f(elt) {
                assert(self_.insert(elt).contains(elt));
            } else {
                let y = choose|y: A| self_.contains(y) && f(y) == x;
                assert(self_.insert(elt).contains(y));
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
