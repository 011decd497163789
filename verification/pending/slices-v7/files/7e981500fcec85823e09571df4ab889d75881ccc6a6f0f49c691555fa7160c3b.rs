// client-crate form of vstd/resource/storage_protocol.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod storage_protocol {

verus! {

broadcast use {super::super::iset::group_iset_lemmas, super::super::imap::group_imap_lemmas};


















pub proof fn exchange_nondeterministic<K, V, P: Protocol<K, V>>(
        tracked p: StorageResource<K, V, P>,
        tracked s: IMap<K, V>,
        new_values: ISet<(P, IMap<K, V>)>,
    ) -> (tracked out: (StorageResource<K, V, P>, IMap<K, V>))
        requires
            exchanges_nondeterministic(p.value(), s, new_values),
        ensures
            ({
                let (new_p, new_s) = out;
                new_p.loc() == p.loc() && new_values.contains((new_p.value(), new_s))
            }),
    {
        P::op_unit(p.value());
        let tracked (selff, unit) = p.split(p.value(), P::unit());
        let new_values0 = set_op(new_values, P::unit());
        super::super::iset_lib::assert_isets_equal!(new_values0, new_values, v => {
            P::op_unit(v.0);
            if new_values.contains(v) {
                assert(new_values0.contains(v));
            }
            if new_values0.contains(v) {
                let q = choose |q| #[trigger] new_values.contains(q) && v == (P::op(q.0, P::unit()), q.1);
                assert(P::op(q.0, P::unit()) == q.0) by { P::op_unit(q.0) }
                assert(v =~= q);
                assert(new_values.contains(v));
            }
        });
        StorageResource::<K, V, P>::exchange_nondeterministic_with_shared(selff, &unit, s, new_values)
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
