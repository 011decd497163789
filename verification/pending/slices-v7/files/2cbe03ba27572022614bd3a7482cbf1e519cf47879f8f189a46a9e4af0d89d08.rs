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


pub proof fn deposit<K, V, P: Protocol<K, V>>(tracked self_: StorageResource<K, V, P>, tracked base: IMap<K, V>, new_value: P) -> (tracked out:
        StorageResource<K, V, P>)
        requires
            deposits(self_.value(), base, new_value),
        ensures
            out.loc() == self_.loc(),
            out.value() == new_value,
    {
        StorageResource::<K, V, P>::lemma_removing_empty_keys_is_noop_forall();
        StorageResource::<K, V, P>::exchange(self_, base, new_value, IMap::empty()).0
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
