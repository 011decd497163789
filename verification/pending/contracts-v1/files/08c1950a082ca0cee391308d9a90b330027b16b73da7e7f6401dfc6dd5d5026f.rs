use vstd::arithmetic::div_mod::*;
use vstd::bytes::*;
use vstd::invariant::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;

verus! {

broadcast use pmcopy_axioms;


pub open spec fn address_modifiable_by_subregion(
    addr: int,
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool
) -> bool
{
    &&& start <= addr < start + len
    &&& is_writable_absolute_addr_fn(addr)
}

pub open spec fn memories_differ_only_where_subregion_allows(
    mem1: Seq<u8>,
    mem2: Seq<u8>,                                                         
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool
) -> bool
{
    &&& mem1.len() == mem2.len()
    &&& start + len <= mem1.len()
    &&& forall |addr: int| #![trigger mem1[addr]] #![trigger mem2[addr]]
        0 <= addr < mem2.len() && mem1[addr] != mem2[addr] ==>
            address_modifiable_by_subregion(addr, start, len, is_writable_absolute_addr_fn)
}




pub open spec fn condition_stable_to_subregion_modifications(
    condition: spec_fn(Seq<u8>) -> bool,
    region_len: nat,
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool,
) -> bool
{
    forall|s1: Seq<u8>, s2: Seq<u8>| {
        &&& condition(s1)
        &&& s1.len() == s2.len() == region_len
        &&& memories_differ_only_where_subregion_allows(s1, s2, start, len, is_writable_absolute_addr_fn)
    } ==> condition(s2)
}

pub open spec fn condition_sufficient_to_create_powerpm_subregion<Perm>(
    region_view: PersistentMemoryRegionView,
    perm: &Perm,
    start: u64,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool,
    condition: spec_fn(Seq<u8>) -> bool,
) -> bool
    where
        Perm: CheckPermission<Seq<u8>>,
{
    &&& start + len <= region_view.len() <= u64::MAX
    &&& condition(region_view.durable_state)
    &&& forall|crash_state| condition(crash_state) ==> perm.permits(crash_state)
    &&& condition_stable_to_subregion_modifications(condition, region_view.len(), start as nat, len,
                                                  is_writable_absolute_addr_fn)
}

pub proof fn lemma_condition_sufficient_to_create_powerpm_subregion<Perm>(
    region_view: PersistentMemoryRegionView,
    perm: &Perm,
    start: u64,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool,
    condition: spec_fn(Seq<u8>) -> bool,
)
    where
        Perm: CheckPermission<Seq<u8>>,
    requires
        region_view.valid(),
        condition_sufficient_to_create_powerpm_subregion(region_view, perm, start, len, is_writable_absolute_addr_fn,
                                                      condition),
    ensures
        forall |alt_crash_state: Seq<u8>|
            memories_differ_only_where_subregion_allows(region_view.durable_state, alt_crash_state,
                                                        start as nat, len, is_writable_absolute_addr_fn)
        ==> #[trigger] perm.permits(alt_crash_state),
{
    assert forall |alt_crash_state: Seq<u8>|
        memories_differ_only_where_subregion_allows(region_view.durable_state, alt_crash_state, start as nat, len,
                                                    is_writable_absolute_addr_fn)
    implies #[trigger] perm.permits(alt_crash_state) by {
        assert(condition(region_view.durable_state));
        assert(alt_crash_state.len() == region_view.durable_state.len());
        assert(region_view.durable_state.len() == region_view.len());
        assert(memories_differ_only_where_subregion_allows(region_view.durable_state, alt_crash_state,
                                                           start as nat, len, is_writable_absolute_addr_fn));
        assert(condition(alt_crash_state));
    }
}











// TODO DOCUMENTATION

}
