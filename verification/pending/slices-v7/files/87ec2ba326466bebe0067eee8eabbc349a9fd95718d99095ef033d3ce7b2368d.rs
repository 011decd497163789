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













pub struct PersistentMemorySubregion
{
    start_: u64,
    len_: Ghost<nat>,
}

impl PersistentMemorySubregion
{
    
    pub closed spec fn start(self) -> nat
    {
        self.start_ as nat
    }

    pub closed spec fn len(self) -> nat
    {
        self.len_@
    }

    
    pub open spec fn view<PMRegion: PersistentMemoryRegion>(
        self,
        pm: &PMRegion,
    ) -> PersistentMemoryRegionView
    {
        get_subregion_view(pm@, self.start(), self.len())
    }

    
    // Bytes are maybe corrupted relative to this subregion if they are maybe corrupted wrt absolute
    // addrs calculated from this subregion's start addr
    pub open spec fn maybe_corrupted_relative(self, bytes: Seq<u8>, true_bytes: Seq<u8>, relative_addrs: Seq<int>, pmc: PersistentMemoryConstants) -> bool 
    {
        let absolute_addrs = Seq::new(relative_addrs.len(), |i: int| self.start() + relative_addrs[i]);
        pmc.maybe_corrupted(bytes, true_bytes, absolute_addrs)
    }

    
    
    
    }





// TODO DOCUMENTATION
pub fn check_cdb_in_subregion<PM>(
    cdb_c: MaybeCorruptedBytes<u64>,
    subregion: &PersistentMemorySubregion,
    pm_region: &PM,
    Ghost(pmc): Ghost<PersistentMemoryConstants>,
    Ghost(relative_cdb_addrs): Ghost<Seq<int>>,
) -> (result: Option<bool>)
    where 
        PM: PersistentMemoryRegion,
    requires
        pmc.valid(),
        forall |i: int| 0 <= i < relative_cdb_addrs.len() ==> relative_cdb_addrs[i] <= subregion.view(pm_region).len(),
        relative_cdb_addrs.no_duplicates(),
        ({
            let true_cdb_bytes = Seq::new(u64::spec_size_of() as nat, |i: int| subregion.view(pm_region).read_state[relative_cdb_addrs[i]]);
            let true_cdb = u64::spec_from_bytes(true_cdb_bytes);
            &&& u64::bytes_parseable(true_cdb_bytes)
            &&& true_cdb == CDB_FALSE || true_cdb == CDB_TRUE
            &&& subregion.maybe_corrupted_relative(cdb_c@, true_cdb_bytes, relative_cdb_addrs, pmc)
        })
    ensures
        ({
            let true_cdb_bytes = Seq::new(u64::spec_size_of() as nat, |i: int| subregion.view(pm_region).read_state[relative_cdb_addrs[i]]);
            let true_cdb = u64::spec_from_bytes(true_cdb_bytes);
            match result {
                Some(b) => if b { true_cdb == CDB_TRUE }
                           else { true_cdb == CDB_FALSE },
                None => !pmc.impervious_to_corruption(),
            }
        })
{
    let ghost true_cdb_bytes = Seq::new(u64::spec_size_of() as nat, |i: int| subregion.view(pm_region).read_state[relative_cdb_addrs[i]]);
    let ghost absolute_cdb_addrs = Seq::new(relative_cdb_addrs.len(), |i: int| subregion.start() + relative_cdb_addrs[i]);
    proof {
        // We may need to invoke the lemma `maybe_corrupted_cdb` to justify
        // concluding that, if we read `CDB_FALSE` or `CDB_TRUE`, it can't
        // have been corrupted.
        if pmc.impervious_to_corruption() {
            pmc.maybe_corrupted_zero(cdb_c@, true_cdb_bytes);
        }
        if !pmc.impervious_to_corruption() && (cdb_c@ == CDB_FALSE.spec_to_bytes() || cdb_c@ == CDB_TRUE.spec_to_bytes()) {
            pmc.maybe_corrupted_cdb(cdb_c@, true_cdb_bytes, absolute_cdb_addrs);
        }  
    }
    
    let cdb_val = cdb_c.extract_cdb(Ghost(true_cdb_bytes), Ghost(absolute_cdb_addrs), Ghost(pmc));
    assert(cdb_val.spec_to_bytes() == cdb_c@);

    // If the read encoded CDB is one of the expected ones, translate
    // it into a boolean; otherwise, indicate corruption.

    if *cdb_val == CDB_FALSE {
        Some(false)
    }
    else if *cdb_val == CDB_TRUE {
        Some(true)
    }
    else {
        proof {
            // This part of the proof can be flaky -- invoking this axiom helps stabilize it
            // by helping Z3 prove that the real CDB is neither valid value, which implies we are 
            // not impervious to corruption
           axiom_to_from_bytes::<u64>(*cdb_val);
        }
        None
    }
}

}
