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




pub proof fn lemma_view_resulting_from_write_has_subregion_view_resulting_from_write(
    v2: PersistentMemoryRegionView,
    v1: PersistentMemoryRegionView,
    write_addr: int,
    bytes: Seq<u8>,
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool,
)
    requires
        v1.valid(),
        v2.valid(),
        v1.len() == v2.len(),
        0 <= write_addr,
        write_addr + bytes.len() <= v1.len(),
        v2.can_result_from_write(v1, write_addr, bytes),
        start + len <= v1.len(),
        start % (const_persistence_chunk_size() as nat) == 0,
        forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
            address_modifiable_by_subregion(addr, start, len, is_writable_absolute_addr_fn),
    ensures
        ({
            let sv2 = get_subregion_view(v2, start, len);
            let sv1 = get_subregion_view(v1, start, len);
            sv2.can_result_from_write(sv1, write_addr - start, bytes)
        }),
{
    let sv1 = get_subregion_view(v1, start, len);
    let sv2 = get_subregion_view(v2, start, len);
    assert(sv2.read_state =~= update_bytes(sv1.read_state, write_addr - start, bytes));
    assert forall|chunk| #[trigger] chunk_trigger(chunk) implies {
        ||| chunk_corresponds(sv2.durable_state, sv1.durable_state, chunk)
        ||| chunk_corresponds(sv2.durable_state, update_bytes(sv1.durable_state, write_addr - start, bytes), chunk)
    } by {
        let absolute_chunk = chunk + start / (const_persistence_chunk_size() as nat);
        assert(absolute_chunk * const_persistence_chunk_size() == chunk * const_persistence_chunk_size() + start) by {
            assert(start / (const_persistence_chunk_size() as nat) * const_persistence_chunk_size() == start) by {
                vstd::arithmetic::div_mod::lemma_fundamental_div_mod(start as int, const_persistence_chunk_size());
            }
            vstd::arithmetic::mul::lemma_mul_is_distributive_add_other_way(
                const_persistence_chunk_size(), chunk, start as int / const_persistence_chunk_size()
            );
        }
        assert(chunk_trigger(absolute_chunk));
        if chunk_corresponds(v2.durable_state, v1.durable_state, absolute_chunk) {
            assert(chunk_corresponds(sv2.durable_state, sv1.durable_state, chunk)) by {
                assert forall |addr: int| {
                    &&& 0 <= addr < sv1.durable_state.len()
                    &&& addr_in_chunk(chunk, addr)
                } implies #[trigger] sv2.durable_state[addr] == sv1.durable_state[addr] by {
                    assert(chunk_trigger(addr / const_persistence_chunk_size()));
                }
            }
        }
        else {
            assert(chunk_corresponds(sv2.durable_state, update_bytes(sv1.durable_state, write_addr - start, bytes),
                                     chunk)) by {
                assert forall |addr: int| {
                    &&& 0 <= addr < sv2.durable_state.len()
                    &&& addr_in_chunk(chunk, addr)
                } implies #[trigger] sv2.durable_state[addr] ==
                          update_bytes(sv1.durable_state, write_addr - start, bytes)[addr] by {
                    assert(chunk_trigger(addr / const_persistence_chunk_size()));
                }
            }
        }
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

    
    
    pub proof fn lemma_view_resulting_from_write_has_this_subregion_view_resulting_from_write(
        self,
        v2: PersistentMemoryRegionView,
        v1: PersistentMemoryRegionView,
        write_addr: int,
        bytes: Seq<u8>,
    )
        requires
            v1.valid(),
            v2.valid(),
            v1.len() == v2.len(),
            0 <= write_addr,
            write_addr + bytes.len() <= v1.len(),
            v2.can_result_from_write(v1, write_addr, bytes),
            self.start() + self.len() <= v1.len(),
            self.start() % (const_persistence_chunk_size() as nat) == 0,
            forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
                address_modifiable_by_subregion(addr, self.start(), self.len(), self.is_writable_absolute_addr_fn()),
        ensures
            ({
                let sv1 = get_subregion_view(v1, self.start(), self.len());
                let sv2 = get_subregion_view(v2, self.start(), self.len());
                sv2.can_result_from_write(sv1, write_addr - self.start(), bytes)
            }),
    {
        lemma_view_resulting_from_write_has_subregion_view_resulting_from_write(v2, v1, write_addr, bytes,
                                                                                self.start(), self.len(),
                                                                                self.is_writable_absolute_addr_fn());
    }

    pub proof fn lemma_view_resulting_from_write_has_this_subregion_view_resulting_from_write_always(self)
        ensures
            forall|v2: PersistentMemoryRegionView, v1: PersistentMemoryRegionView, write_addr: int, bytes: Seq<u8>| {
                &&& v1.valid()
                &&& v2.valid()
                &&& v1.len() == v2.len()
                &&& 0 <= write_addr
                &&& write_addr + bytes.len() <= v1.len()
                &&& #[trigger] v2.can_result_from_write(v1, write_addr, bytes)
                &&& self.start() + self.len() <= v1.len()
                &&& self.start() % (const_persistence_chunk_size() as nat) == 0
                &&& forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
                    address_modifiable_by_subregion(addr, self.start(), self.len(), self.is_writable_absolute_addr_fn())
            } ==> {
                let sv1 = get_subregion_view(v1, self.start(), self.len());
                let sv2 = get_subregion_view(v2, self.start(), self.len());
                sv2.can_result_from_write(sv1, write_addr - self.start(), bytes)
            },
    {
        assert forall|v2: PersistentMemoryRegionView, v1: PersistentMemoryRegionView, write_addr: int, bytes: Seq<u8>| {
            &&& v1.valid()
            &&& v2.valid()
            &&& v1.len() == v2.len()
            &&& 0 <= write_addr
            &&& write_addr + bytes.len() <= v1.len()
            &&& #[trigger] v2.can_result_from_write(v1, write_addr, bytes)
            &&& self.start() + self.len() <= v1.len()
            &&& self.start() % (const_persistence_chunk_size() as nat) == 0
            &&& forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
                address_modifiable_by_subregion(addr, self.start(), self.len(), self.is_writable_absolute_addr_fn())
        } implies {
            let sv1 = get_subregion_view(v1, self.start(), self.len());
            let sv2 = get_subregion_view(v2, self.start(), self.len());
            sv2.can_result_from_write(sv1, write_addr - self.start(), bytes)
        } by {
            self.lemma_view_resulting_from_write_has_this_subregion_view_resulting_from_write(
                v2, v1, write_addr, bytes
            ); 
        }
    }

    
    
    
    
    
    
    
    
    
    
    }



// TODO DOCUMENTATION

}
