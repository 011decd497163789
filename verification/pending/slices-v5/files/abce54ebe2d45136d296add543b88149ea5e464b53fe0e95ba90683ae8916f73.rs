// client-crate form of vstd/imap_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod imap_lib {

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};





























pub broadcast proof fn lemma_prefixed_entries_get<K, V>(self_: IMap<Seq<K>, V>, prefix: Seq<K>, k: Seq<K>)
        requires
            self_.prefixed_entries(prefix).contains_key(k),
        ensures
            self_.prefixed_entries(prefix)[k] == #[trigger] self_[prefix + k],
    {
        broadcast use group_imap_properties;

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
