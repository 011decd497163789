// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};



























pub proof fn lemma_values_len<K, V>(self_: IMap<K, V>)
        requires
            self_.dom().finite(),
        ensures
            self_.values().finite(),
            self_.values().len() <= self_.dom().len(),
    {
        let f = |k: K|
            if self_.contains_key(k) {
                self_[k]
            } else {
                ISet::<V>::full().difference(self_.values()).choose()
            };
        assert(self_.dom().map(f) == self_.values());
        super::iset_lib::lemma_map_size_bound(self_.dom(), self_.values(), f);
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
