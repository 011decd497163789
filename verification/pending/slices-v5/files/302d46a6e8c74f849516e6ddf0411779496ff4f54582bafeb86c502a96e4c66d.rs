// client-crate form of vstd/iset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset_lib {

verus! {

broadcast use super::iset::group_iset_lemmas;









































pub broadcast proof fn lemma_iset_all_subset<A>(self_: ISet<A>, s2: ISet<A>, p: spec_fn(A) -> bool)
        requires
            #[trigger] self_.subset_of(s2),
            s2.all(p),
        ensures
            #[trigger] self_.all(p),
    {
        broadcast use group_iset_lemmas;

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
