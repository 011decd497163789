// client-crate form of vstd/map.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod map {


use verus as verus_; // skip verusfmt due to unhandled return-value-pattern
verus_! {

broadcast use {
    super::set::group_set_lemmas,
    super::set_lib::group_set_lib_default,
};





// Trusted axioms












// Macros







} // verus!

verus_! { // skip verusfmt, issue with 'final'


pub proof fn tracked_map_keys_in_place<K, V>(tracked self_: &mut Map<K, V>, key_map: Map<K, K>)
        requires
            forall|j|
                #![auto]
                key_map.dom().contains(j) ==> old(self_).dom().contains(key_map.index(j)),
            forall|j1, j2|
                #![auto]
                j1 != j2 && key_map.dom().contains(j1) && key_map.dom().contains(j2)
                    ==> key_map.index(j1) != key_map.index(j2),
        ensures
            forall|j| #[trigger] final(self_).dom().contains(j) == key_map.dom().contains(j),
            forall|j|
                key_map.dom().contains(j) ==> final(self_).dom().contains(j) && #[trigger] final(self_).index(j)
                    == old(self_).index(key_map.index(j)),
    {
        let tracked mut tmp = Map::<K, V>::tracked_empty();
        super::modes::tracked_swap(&mut tmp, self_);
        let tracked mut tmp = Map::<K, V>::tracked_map_keys(tmp, key_map);
        super::modes::tracked_swap(&mut tmp, self_);
    }

} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::map::*;
} // mod map
#[allow(unused_imports)]
pub use vstd::*;
