// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};

























pub broadcast proof fn lemma_insert_invariant_contains<K, V>(self_: IMap<K, V>, old_v: V, k: K, v: V)
        requires
            self_.contains_key(k) ==> self_[k] != old_v,
            old_v != v,
        ensures
            #[trigger] self_.insert(k, v).contains_value(old_v) == self_.contains_value(old_v),
    {
        if self_.contains_value(old_v) {
            let old_k = choose|key: K| #[trigger] self_.dom().contains(key) && self_[key] == old_v;
            assert(self_.insert(k, v).contains_key(old_k));
        }
    }











// Proven lemmas








// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude




} // verus!

#[allow(unused_imports)]
#[macro_use]
use vstd::imap::IMap;
#[cfg(verus_keep_ghost)]
use vstd::iset::*;
#[cfg(verus_keep_ghost)]
use vstd::iset_lib::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
#[allow(unused_imports)]
use vstd::imap_lib::*;
} // mod imap_lib
#[allow(unused_imports)]
pub use vstd::*;
