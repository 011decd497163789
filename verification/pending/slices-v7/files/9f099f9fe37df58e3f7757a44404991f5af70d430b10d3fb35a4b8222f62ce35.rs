// client-crate form of vstd/resource/storage_protocol.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod storage_protocol {

verus! {

broadcast use {super::super::iset::group_iset_lemmas, super::super::imap::group_imap_lemmas};



















pub proof fn exchange_with_shared<K, V, P: Protocol<K, V>>(
        tracked p: StorageResource<K, V, P>,
        tracked x: &StorageResource<K, V, P>,
        tracked s: IMap<K, V>,
        new_p_value: P,
        new_s_value: IMap<K, V>,
    ) -> (tracked out: (StorageResource<K, V, P>, IMap<K, V>))
        requires
            p.loc() == x.loc(),
            exchanges(P::op(p.value(), x.value()), s, P::op(new_p_value, x.value()), new_s_value),
        ensures
            out.0.loc() == p.loc(),
            out.0.value() == new_p_value,
            out.1 == new_s_value,
    {
        let se = iset![(new_p_value, new_s_value)];
        assert(exchanges_nondeterministic(P::op(p.value(), x.value()), s, set_op(se, x.value())))
            by {
            let new_values = set_op(se, x.value());
            assert(se.contains((new_p_value, new_s_value)));
            assert(new_values.contains((P::op(new_p_value, x.value()), new_s_value)));
        }
        StorageResource::<K, V, P>::exchange_nondeterministic_with_shared(p, x, s, se)
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
