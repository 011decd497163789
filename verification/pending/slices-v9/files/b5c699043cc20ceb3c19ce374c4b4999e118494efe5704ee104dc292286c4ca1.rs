// client-crate form of vstd/imap.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap {


use verus as verus_; // skip verusfmt due to unhandled return-value-pattern
verus_! {





// Trusted axioms
/* REVIEW: this is simpler than the two separate axioms below -- would this be ok?
pub broadcast axiom fn axiom_imap_index_decreases<K, V>(m: IMap<K, V>, key: K)
    requires
        m.dom().contains(key),
    ensures
        #[trigger](decreases_to!(m => m[key]));
*/


// REVIEW: this is currently a special case that is hard-wired into the verifier
// It implements a version of https://github.com/FStarLang/FStar/pull/2954 .










// Macros







} // verus!

verus_! { // skip verusfmt, issue with 'final'


pub proof fn tracked_map_keys_in_place<K, V>(tracked self_: &mut IMap<K, V>, key_map: IMap<K, K>)
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
        let tracked mut tmp = IMap::<K, V>::tracked_empty();
        super::modes::tracked_swap(&mut tmp, self_);
        let tracked mut tmp = IMap::<K, V>::tracked_map_keys(tmp, key_map);
        super::modes::tracked_swap(&mut tmp, self_);
    }

} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::imap::*;
} // mod imap
#[allow(unused_imports)]
pub use vstd::*;
