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




// Proven lemmas








// This verified lemma corresponds to an axiom in the Dafny prelude saying that:

// This verified lemma used to be an axiom in the Dafny prelude saying that:
/// The set of values of a map constructed with `Map::new(fk, fv)` is equivalent to
/// the set constructed with `Set::new(|v: V| (exists |k: K| fk(k) && fv(k) == v)`. In other words,
/// the set of all values fv(k) where fk(k) is true.
pub broadcast proof fn lemma_map_new_values<K, V>(s: Set<K>, fv: spec_fn(K) -> V)
    ensures
        #[trigger] Map::<K, V>::new(s, fv).values() == s.map(fv),
{
}



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
