// client-crate form of vstd/multiset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod multiset_lib {

verus! {

broadcast use super::multiset::group_multiset_axioms;




pub proof fn lemma_is_singleton_contains_elem_equal_singleton<A>(self_: Multiset<A>, x: A)
        requires
            self_.is_singleton(),
            self_.contains(x),
        ensures
            self_ =~= Multiset::singleton(x),
    {
        assert forall|y: A| #[trigger] Multiset::singleton(x).count(y) == self_.count(y) by {
            if self_.contains(y) {
            } else {
            }
        };
    }



} // verus!

#[allow(unused_imports)]
use vstd::multiset::Multiset;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::multiset_lib::*;
} // mod multiset_lib
#[allow(unused_imports)]
pub use vstd::*;
