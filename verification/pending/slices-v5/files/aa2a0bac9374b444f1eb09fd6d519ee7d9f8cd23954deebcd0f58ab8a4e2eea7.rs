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

















pub proof fn lemma_remove_key_len<K, V>(self_: Map<K, V>, key: K)
        requires
            self_.dom().contains(key),
        ensures
            self_.dom().len() == 1 + self_.remove(key).dom().len(),
    {
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
