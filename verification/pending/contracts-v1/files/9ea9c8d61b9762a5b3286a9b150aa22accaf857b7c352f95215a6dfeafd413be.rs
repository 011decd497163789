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




#[verifier::external_body]
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
    unimplemented!()
}





pub struct PoWERPersistentMemorySubregion
{
    start_: u64,
    len_: Ghost<nat>,
    constants_: Ghost<PersistentMemoryConstants>,
    initial_region_view_: Ghost<PersistentMemoryRegionView>,
    is_writable_absolute_addr_fn_: Ghost<spec_fn(int) -> bool>,
}

impl PoWERPersistentMemorySubregion
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

    
    
    pub open spec fn view<PMRegion>(
        self,
        powerpm: &PoWERPersistentMemoryRegion<PMRegion>
    ) -> PersistentMemoryRegionView
        where
            PMRegion: PersistentMemoryRegion,
    {
        get_subregion_view(powerpm@, self.start(), self.len())
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

    
    
    
    
    

    
    
    
    
    }








// TODO DOCUMENTATION

}
