// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;





































pub broadcast proof fn lemma_filter_map_union<A, B>(self_: ISet<A>, f: spec_fn(A) -> Option<B>, t: ISet<A>)
        ensures
            #[trigger] self_.union(t).filter_map(f) == self_.filter_map(f).union(t.filter_map(f)),
    {
        broadcast use group_iset_lemmas;

        let lhs = self_.union(t).filter_map(f);
        let rhs = self_.filter_map(f).union(t.filter_map(f));
        let to_set = |elem: A|
            match f(elem) {
                Option::Some(r) => iset!{r},
                Option::None => iset!{},
            };

        assert forall|elem: B| rhs.contains(elem) implies lhs.contains(elem) by {
            if self_.filter_map(f).contains(elem) {
                let x = choose|x: A| self_.contains(x) && f(x) == Option::Some(elem);
                assert(self_.union(t).contains(x));
                assert(self_.union(t).map(to_set).contains(to_set(x)));
            }
            if t.filter_map(f).contains(elem) {
                let x = choose|x: A| t.contains(x) && f(x) == Option::Some(elem);
                assert(self_.union(t).contains(x));
                assert(self_.union(t).map(to_set).contains(to_set(x)));
            }
        }
        assert forall|elem: B| lhs.contains(elem) implies rhs.contains(elem) by {
            let x = choose|x: A| self_.union(t).contains(x) && f(x) == Option::Some(elem);
            if self_.contains(x) {
                assert(self_.map(to_set).contains(to_set(x)));
                assert(self_.filter_map(f).contains(elem));
            } else {
                assert(t.contains(x));
                assert(t.map(to_set).contains(to_set(x)));
                assert(t.filter_map(f).contains(elem));
            }
        }
        assert(lhs =~= rhs);
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
