// client-crate form of vstd/resource/storage_protocol.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod storage_protocol {

verus! {

broadcast use {super::super::iset::group_iset_lemmas, super::super::imap::group_imap_lemmas};












proof fn lemma_union_prefer_right_empty_is_noop_forall<K, V, P: Protocol<K, V>>()
        ensures
            forall|m: IMap<K, V>| #[trigger] m.union_prefer_right(IMap::empty()) == m,
    {
        assert forall|m: IMap<K, V>| #[trigger] m.union_prefer_right(IMap::empty()) == m by {
            assert(m.union_prefer_right(IMap::empty()) =~= m);
        }
    }




pub proof fn withdraw<K, V, P: Protocol<K, V>>(tracked self_: StorageResource<K, V, P>, new_value: P, new_base: IMap<K, V>) -> (tracked out: (
        StorageResource<K, V, P>,
        IMap<K, V>,
    ))
        requires
            withdraws(self_.value(), new_value, new_base),
        ensures
            out.0.loc() == self_.loc(),
            out.0.value() == new_value,
            out.1 == new_base,
    {
        StorageResource::<K, V, P>::lemma_union_prefer_right_empty_is_noop_forall();
        StorageResource::<K, V, P>::exchange(self_, IMap::tracked_empty(), new_value, new_base)
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
