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






























proof fn lemma_ne_implies_prefixed_ne<K, V>(prefix: Seq<K>, s1: Seq<K>, s2: Seq<K>)
        requires
            s1 != s2,
        ensures
            prefix + s1 != prefix + s2,
        decreases prefix.len(),
    {
        broadcast use super::seq::group_seq_lemmas;

        if s1.len() == s2.len() {
            if forall|i: int| 0 <= i < s1.len() ==> s1[i] == s2[i] {
                assert(s1 =~= s2);
            } else {
                let i: int = choose|i: int| 0 <= i < s1.len() && s1[i] != s2[i];
                assert((prefix + s1)[prefix.len() + i] == s1[i]);
                assert((prefix + s2)[prefix.len() + i] == s2[i]);
            }
        } else {
            assert((prefix + s1).len() == prefix.len() + s1.len());
            assert((prefix + s2).len() == prefix.len() + s2.len());
        }
    }

proof fn lemma_prefixed_entries_dom_finite<K, V>(self_: Map<Seq<K>, V>, prefix: Seq<K>)
        ensures
            ISet::new(|k: Seq<K>| self_.contains_key(prefix + k)).finite(),
        decreases self_.dom().len(),
    {
        let f = |k: Seq<K>| self_.contains_key(prefix + k);
        if forall|k: Seq<K>| !(#[trigger] self_.contains_key(prefix + k)) {
            assert(ISet::new(f) =~= ISet::empty());
        } else {
            let s: Seq<K> = choose|s: Seq<K>| #[trigger] self_.contains_key(prefix + s);
            lemma_prefixed_entries_dom_finite(self_.remove(prefix + s), prefix);
            let set_remove_f = |k: Seq<K>| self_.remove(prefix + s).contains_key(prefix + k);
            let is1 = ISet::new(f);
            let is2 = ISet::new(set_remove_f).insert(s);
            assert forall|x| is1.contains(x) implies is2.contains(x) by {
                if x != s {
                    Map::<Seq<K>, V>::lemma_ne_implies_prefixed_ne(prefix, s, x);
                    assert(self_.remove(prefix + s).contains_key(prefix + x));
                }
            }
            assert(ISet::new(f) =~= ISet::new(set_remove_f).insert(s));
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
