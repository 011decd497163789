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


pub proof fn lemma_state_resulting_from_partial_write_within_subregion_differs_only_where_subregion_allows(
    new_state: Seq<u8>,
    old_state: Seq<u8>,
    write_addr: int,
    bytes: Seq<u8>,
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool,
)
    requires
        0 <= write_addr,
        write_addr + bytes.len() <= old_state.len(),
        start + len <= old_state.len(),
        forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
            address_modifiable_by_subregion(addr, start, len, is_writable_absolute_addr_fn),
        can_result_from_partial_write(new_state, old_state, write_addr, bytes),
    ensures
        memories_differ_only_where_subregion_allows(old_state, new_state, start, len, is_writable_absolute_addr_fn),
{
    assert forall|addr: int| 0 <= addr < new_state.len() && old_state[addr] != #[trigger] new_state[addr] implies
        address_modifiable_by_subregion(addr, start, len, is_writable_absolute_addr_fn) by {
        assert(chunk_trigger(addr / const_persistence_chunk_size()));
    }
}











/// A `WritablePersistentMemorySubregion` is useful when you have full
/// access to write anything anywhere in a persistent-memory region,
/// but want to reason about what happens when you only read and write
/// within a certain subregion.

pub struct WritablePersistentMemorySubregion
{
    start_: u64,
    len_: Ghost<nat>,
    constants_: Ghost<PersistentMemoryConstants>,
    initial_region_view_: Ghost<PersistentMemoryRegionView>,
    is_writable_absolute_addr_fn_: Ghost<spec_fn(int) -> bool>,
}

impl WritablePersistentMemorySubregion
{
    
    
    pub closed spec fn start(self) -> nat
    {
        self.start_ as nat
    }

    pub closed spec fn len(self) -> nat
    {
        self.len_@
    }

    
    
    pub closed spec fn is_writable_absolute_addr_fn(self) -> spec_fn(int) -> bool
    {
        self.is_writable_absolute_addr_fn_@
    }

    
    
    pub open spec fn view<PMRegion: PersistentMemoryRegion>(
        self,
        pm: &PMRegion,
    ) -> PersistentMemoryRegionView
    {
        get_subregion_view(pm@, self.start(), self.len())
    }

    
    
    
    
    pub proof fn lemma_state_resulting_from_partial_write_differs_only_where_this_allows(
        self,
        new_state: Seq<u8>,
        old_state: Seq<u8>,
        write_addr: int,
        bytes: Seq<u8>,
    )
        requires
            0 <= write_addr,
            write_addr + bytes.len() <= old_state.len(),
            self.start() + self.len() <= old_state.len(),
            forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
                address_modifiable_by_subregion(addr, self.start(), self.len(), self.is_writable_absolute_addr_fn()),
            can_result_from_partial_write(new_state, old_state, write_addr, bytes),
        ensures
            memories_differ_only_where_subregion_allows(old_state, new_state, self.start(), self.len(),
                                                        self.is_writable_absolute_addr_fn()),
    {
        lemma_state_resulting_from_partial_write_within_subregion_differs_only_where_subregion_allows(
            new_state, old_state, write_addr, bytes, self.start(), self.len(), self.is_writable_absolute_addr_fn()
        );
    }

    
    
    
    
    
    
    
    
    
    }



// TODO DOCUMENTATION

}
