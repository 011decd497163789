// client-crate form of vstd/map_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod map_lib {

verus! {

broadcast use {
    super::map::group_map_lemmas,
    super::set::group_set_lemmas,
    super::set_lib::group_set_lib_default,
    super::iset::group_iset_lemmas,
};



















pub proof fn lemma_invert_is_injective<K, V>(self_: Map<K, V>)
        ensures
            self_.invert().is_injective(),
    {
        assert forall|x: V, y: V|
            x != y && self_.invert().dom().contains(x) && self_.invert().dom().contains(
                y,
            ) implies #[trigger] self_.invert()[x] != #[trigger] self_.invert()[y] by {
            assert(exists|i: K| #[trigger] self_.dom().contains(i) && self_[i] == x);
            let i = choose|i: K| #[trigger] self_.dom().contains(i) && self_[i] == x;
            assert(self_.contains_pair(i, x));
            let j = choose|j: K| self_.contains_pair(j, x) && self_.invert()[x] == j;
            assert(exists|k: K| #[trigger] self_.dom().contains(k) && self_[k] == y);
            let k = choose|k: K| #[trigger] self_.dom().contains(k) && self_[k] == y;
            assert(self_.contains_pair(k, y));
            let l = choose|l: K| self_.contains_pair(l, y) && self_.invert()[y] == l && l != j;
        }
    }




















// Proven lemmas








// This verified lemma corresponds to an axiom in the Dafny prelude saying that:

// This verified lemma used to be an axiom in the Dafny prelude saying that:



} // verus!

#[allow(unused_imports)]
#[macro_use]
use vstd::map::Map;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
use vstd::set::*;
#[cfg(verus_keep_ghost)]
use vstd::set_lib::*;
#[allow(unused_imports)]
use vstd::map_lib::*;
} // mod map_lib
#[allow(unused_imports)]
pub use vstd::*;
