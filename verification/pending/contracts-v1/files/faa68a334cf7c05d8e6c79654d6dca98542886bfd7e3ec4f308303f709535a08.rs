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









pub proof fn lemma_bytes_match_in_equal_subregions(
    v1: PersistentMemoryRegionView,
    v2: PersistentMemoryRegionView,
    start: nat,
    len: nat,
)
    requires
        v1.valid(),
        v2.valid(),
        v1.len() == v2.len(),
        v1.len() >= start + len,
        get_subregion_view(v1, start, len) == get_subregion_view(v2, start, len),
    ensures 
        forall |addr: int| #![trigger v2.read_state[addr]] #![trigger v2.durable_state[addr]]
            start <= addr < start + len ==> {
                &&& v1.read_state[addr] == v2.read_state[addr]
                &&& v1.durable_state[addr] == v2.durable_state[addr]
            }
{
    assert forall |addr: int| #![trigger v2.read_state[addr]] #![trigger v2.durable_state[addr]]
        start <= addr < start + len implies {
            &&& v1.read_state[addr] == v2.read_state[addr]
            &&& v1.durable_state[addr] == v2.durable_state[addr]
        } by {
        let subregion1 = get_subregion_view(v1, start, len);
        let subregion2 = get_subregion_view(v2, start, len);
        assert(subregion1.read_state[addr - start] == subregion2.read_state[addr - start]);
        assert(subregion1.durable_state[addr - start] == subregion2.durable_state[addr - start]);
    }
}










// TODO DOCUMENTATION

}
