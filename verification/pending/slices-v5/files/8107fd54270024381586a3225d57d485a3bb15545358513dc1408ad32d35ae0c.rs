// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};





















pub proof fn lemma_submap_eq_iff<K, V>(self_: IMap<K, V>, m: IMap<K, V>)
        ensures
            (self_ == m) <==> (self_.submap_of(m) && m.submap_of(self_)),
    {
        broadcast use group_imap_properties;

        if self_.submap_of(m) && m.submap_of(self_) {
            assert(self_.dom() == m.dom());
            assert(self_ == m);
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
