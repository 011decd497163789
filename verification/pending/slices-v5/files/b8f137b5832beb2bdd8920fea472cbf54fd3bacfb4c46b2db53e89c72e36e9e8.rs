// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;







pub proof fn map_flatten_by_is_map_flatten<A, B>(
        self_: ISet<A>,
        fwd: spec_fn(A) -> ISet<B>,
        rev: spec_fn(B) -> A,
    )
        requires
            forall|a: A, b: B| #[trigger]
                self_.contains(a) && fwd(a).contains(b) ==> #[trigger] rev(b) == a,
        ensures
            self_.map_flatten_by(fwd, rev) == self_.map(fwd).flatten(),
    {
        assert forall|b: B| self_.map_flatten_by(fwd, rev).contains(b) implies #[trigger] self_.map(
            fwd,
        ).flatten().contains(b) by {
            let bs = choose|bs: ISet<B>|
                (exists|a: A| self_.contains(a) && bs == fwd(a)) && bs.contains(b);
            assert(self_.map(fwd).contains(bs) <==> (exists|a: A| self_.contains(a) && bs == fwd(a)));
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
