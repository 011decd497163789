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


































pub broadcast proof fn lemma_prefixed_entries_insert<K, V>(self_: Map<Seq<K>, V>, prefix: Seq<K>, k: Seq<K>, v: V)
        ensures
            #[trigger] self_.insert(prefix + k, v).prefixed_entries(prefix) == self_.prefixed_entries(
                prefix,
            ).insert(k, v),
    {
        broadcast use group_map_properties;
        broadcast use super::seq::group_seq_lemmas;
        broadcast use super::seq_lib::group_seq_properties, super::seq_lib::lemma_seq_skip_of_skip;
        broadcast use Map::lemma_prefixed_entries_contains, Map::lemma_prefixed_entries_get;

        let lhs = self_.insert(prefix + k, v).prefixed_entries(prefix);
        let rhs = self_.prefixed_entries(prefix).insert(k, v);
        assert(lhs =~= rhs) by {
            assert(forall|key| key != k ==> prefix.is_prefix_of(#[trigger] (prefix + key)));
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
