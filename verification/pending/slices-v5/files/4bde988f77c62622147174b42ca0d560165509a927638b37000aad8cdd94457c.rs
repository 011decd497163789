// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};






















pub broadcast proof fn lemma_imap_remove_keys_insert<K, V>(self_: IMap<K, V>, r: ISet<K>, k: K, v: V)
        ensures
            #[trigger] self_.insert(k, v).remove_keys(r) == if r.contains(k) {
                self_.remove_keys(r)
            } else {
                self_.remove_keys(r).insert(k, v)
            },
    {
        broadcast use group_imap_properties;

        let lhs = self_.insert(k, v).remove_keys(r);
        let rhs = if r.contains(k) {
            self_.remove_keys(r)
        } else {
            self_.remove_keys(r).insert(k, v)
        };
        assert(lhs == rhs);
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
