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

pub open spec fn views_differ_only_where_subregion_allows(
    v1: PersistentMemoryRegionView,
    v2: PersistentMemoryRegionView,
    start: nat,
    len: nat,
    is_writable_absolute_addr_fn: spec_fn(int) -> bool
) -> bool
{
    &&& memories_differ_only_where_subregion_allows(v1.read_state, v2.read_state, start, len,
                                                  is_writable_absolute_addr_fn)
    &&& memories_differ_only_where_subregion_allows(v1.durable_state, v2.durable_state, start, len,
                                                  is_writable_absolute_addr_fn)
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
    
    pub closed spec fn constants(self) -> PersistentMemoryConstants
    {
        self.constants_@
    }

    pub closed spec fn start(self) -> nat
    {
        self.start_ as nat
    }

    pub closed spec fn len(self) -> nat
    {
        self.len_@
    }

    pub open spec fn end(self) -> nat
    {
        self.start() + self.len()
    }

    pub closed spec fn initial_region_view(self) -> PersistentMemoryRegionView
    {
        self.initial_region_view_@
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

    pub closed spec fn opaque_inv<PMRegion: PersistentMemoryRegion>(
        self,
        pm: &PMRegion,
    ) -> bool
    {
        &&& pm.inv()
        &&& pm.constants() == self.constants()
        &&& pm@.valid()
        &&& pm@.len() == self.initial_region_view().len()
        &&& self.initial_region_view().len() <= u64::MAX
        &&& self.start() + self.len() <= pm@.len()
        &&& self.view(pm).len() == self.len()
        &&& self.start() % (const_persistence_chunk_size() as nat) == 0
        &&& views_differ_only_where_subregion_allows(self.initial_region_view(), pm@, self.start(),
                                                   self.len(), self.is_writable_absolute_addr_fn())
    }

    pub open spec fn inv<PMRegion: PersistentMemoryRegion>(
        self,
        pm: &PMRegion,
    ) -> bool
    {
        &&& self.view(pm).len() == self.len()
        &&& self.opaque_inv(pm)
    }

    
    #[verifier::external_body]
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
        unimplemented!()
    }

    
    #[verifier::external_body]
    pub proof fn lemma_state_resulting_from_partial_write_differs_only_where_this_allows_always(self)
        ensures
            forall|new_state: Seq<u8>, old_state: Seq<u8>, write_addr: int, bytes: Seq<u8>| {
                &&& 0 <= write_addr
                &&& write_addr + bytes.len() <= old_state.len()
                &&& self.start() + self.len() <= old_state.len()
                &&& forall|addr: int| write_addr <= addr < write_addr + bytes.len() ==>
                    address_modifiable_by_subregion(addr, self.start(), self.len(), self.is_writable_absolute_addr_fn())
                &&& can_result_from_partial_write(new_state, old_state, write_addr, bytes)
            } ==> memories_differ_only_where_subregion_allows(old_state, new_state, self.start(), self.len(),
                                                             self.is_writable_absolute_addr_fn()),
    {
        unimplemented!()
    }

    
    
    
    
    
    
    
    pub exec fn serialize_and_write_absolute<S, PMRegion>(
        self: &Self,
        pm: &mut PMRegion,
        absolute_addr: u64,
        to_write: &S,
    )
        where
            S: PmCopy + Sized,
            PMRegion: PersistentMemoryRegion,
        requires
            self.inv(&*old(pm)),
            self.start() <= absolute_addr,
            absolute_addr + S::spec_size_of() <= self.end(),
            forall |i: int| absolute_addr <= i < absolute_addr + S::spec_size_of() ==>
                #[trigger] self.is_writable_absolute_addr_fn()(i),
        ensures
            self.inv(pm),
            self.view(pm).can_result_from_write(self.view(&*old(pm)), absolute_addr - self.start(),
                                                to_write.spec_to_bytes()),
            pm@.read_state.subrange(absolute_addr as int, absolute_addr + S::spec_size_of()) == to_write.spec_to_bytes(),
    {
        let ghost bytes = to_write.spec_to_bytes();
        pm.serialize_and_write(absolute_addr, to_write);
        proof {
            self.lemma_view_resulting_from_write_has_this_subregion_view_resulting_from_write_always();
            self.lemma_state_resulting_from_partial_write_differs_only_where_this_allows_always();
            broadcast use lemma_update_then_subrange_is_updated_bytes;
        }
    }

    }



// TODO DOCUMENTATION

}
