use vstd::arithmetic::div_mod::*;
use vstd::bytes::*;
use vstd::invariant::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;

verus! {

broadcast use pmcopy_axioms;

pub open spec fn get_subregion_view(
    region: PersistentMemoryRegionView,
    start: nat,
    len: nat,
) -> PersistentMemoryRegionView
    recommends
        start + len <= region.len(),
{
    PersistentMemoryRegionView{
        read_state: region.read_state.subrange(start as int, (start + len) as int),
        durable_state: region.durable_state.subrange(start as int, (start + len) as int),
    }
}

















pub proof fn lemma_subregion_commutes_with_flush(v: PersistentMemoryRegionView, start: nat, len: nat)
    requires
        v.len() >= start + len,
    ensures
        get_subregion_view(v, start, len).read_state == extract_bytes(v.read_state, start, len)
{
    assert(get_subregion_view(v, start, len).read_state =~= extract_bytes(v.read_state, start, len));
}


// TODO DOCUMENTATION

}
