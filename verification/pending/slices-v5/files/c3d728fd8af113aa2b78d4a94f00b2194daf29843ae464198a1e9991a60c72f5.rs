// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};




















pub proof fn get_dom_value_any<K, V>(self_: IMap<K, V>, p: spec_fn(V) -> bool)
        ensures
            self_.dom().any(|k: K| p(self_[k])) <==> self_.values().any(p),
    {
        broadcast use group_imap_properties;

        if self_.dom().any(|k: K| p(self_[k])) {
            let k = choose|k: K| self_.dom().contains(k) && #[trigger] p(self_[k]);
            assert(self_.values().contains(self_[k]));
            assert(self_.values().any(p));
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
