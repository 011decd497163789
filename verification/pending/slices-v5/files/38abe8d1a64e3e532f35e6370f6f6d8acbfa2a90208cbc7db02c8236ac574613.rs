// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};

















pub proof fn lemma_remove_equivalency<K, V>(self_: IMap<K, V>, key: K)
        ensures
            self_.remove(key).dom() == self_.dom().remove(key),
    {
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
