// client-crate form of vstd/resource/storage_protocol.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod storage_protocol {

verus! {

broadcast use {super::super::iset::group_iset_lemmas, super::super::imap::group_imap_lemmas};













proof fn lemma_removing_empty_keys_is_noop_forall<K, V, P: Protocol<K, V>>()
        ensures
            forall|m: IMap<K, V>| #[trigger] m.remove_keys(ISet::empty()) == m,
    {
        assert forall|m: IMap<K, V>| m.remove_keys(ISet::empty()) == m by {
            assert(m.remove_keys(ISet::empty()) =~= m);
        }
    }







} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::resource::storage_protocol::*;
} // mod storage_protocol
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
