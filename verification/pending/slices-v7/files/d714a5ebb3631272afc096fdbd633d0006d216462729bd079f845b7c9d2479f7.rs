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
    
    
    
    
    }




pub exec fn check_crc_for_two_reads_in_subregion<PM>(
    data1_c: &[u8],
    data2_c: &[u8],
    crc_c: &[u8],
    subregion: &PersistentMemorySubregion,
    pm_region: &PM,
    Ghost(relative_data_addr1): Ghost<int>,
    Ghost(relative_data_addr2): Ghost<int>,
    Ghost(relative_crc_addr): Ghost<int>,
) -> (b: bool)
    where 
        PM: PersistentMemoryRegion
    requires
        pm_region.constants().valid(),
        0 <= relative_data_addr1,
        0 <= relative_data_addr2,
        0 <= relative_crc_addr,
        relative_data_addr1 + data1_c@.len() <= subregion.len(),
        relative_data_addr2 + data2_c@.len() <= subregion.len(),
        relative_crc_addr + crc_c@.len() <= subregion.len(),
        subregion.start() + subregion.len() <= pm_region@.len(),
        ({
            ||| relative_data_addr1 + data1_c@.len() <= relative_data_addr2 <= subregion.len()
            ||| relative_data_addr2 + data2_c@.len() <= relative_data_addr1 <= subregion.len()
        }),
        crc_c@.len() == u64::spec_size_of(),
        ({
            let true_data_bytes1 =
                subregion.view(pm_region).read_state.subrange(relative_data_addr1 as int,
                                                              relative_data_addr1 + data1_c@.len());
            let true_data_bytes2 =
                subregion.view(pm_region).read_state.subrange(relative_data_addr2 as int,
                                                              relative_data_addr2 + data2_c@.len());
            let true_crc_bytes = spec_crc_bytes(true_data_bytes1 + true_data_bytes2);
            &&& bytes_read_from_storage(data1_c@, true_data_bytes1, relative_data_addr1 + subregion.start(),
                                      pm_region.constants())
            &&& bytes_read_from_storage(data2_c@, true_data_bytes2, relative_data_addr2 + subregion.start(),
                                      pm_region.constants())
            &&& bytes_read_from_storage(crc_c@, true_crc_bytes, relative_crc_addr + subregion.start(),
                                      pm_region.constants())
        }),
        ({
            let absolute_data1_addrs = Seq::new(data1_c@.len(), |i: int| i + relative_data_addr1 + subregion.start());
            let absolute_data2_addrs = Seq::new(data2_c@.len(), |i: int| i + relative_data_addr2 + subregion.start());
            let absolute_crc_addrs = Seq::new(u64::spec_size_of(), |i: int| i + relative_crc_addr + subregion.start());
            (absolute_data1_addrs + absolute_data2_addrs + absolute_crc_addrs).no_duplicates()
        }),
    ensures
        ({
            let true_data_bytes1 =
                subregion.view(pm_region).read_state.subrange(relative_data_addr1 as int,
                                                              relative_data_addr1 + data1_c@.len());
            let true_data_bytes2 =
                subregion.view(pm_region).read_state.subrange(relative_data_addr2 as int,
                                                              relative_data_addr2 + data2_c@.len());
            let true_crc_bytes = spec_crc_bytes(true_data_bytes1 + true_data_bytes2);
            if b {
                &&& data1_c@ == true_data_bytes1
                &&& data2_c@ == true_data_bytes2
                &&& crc_c@ == true_crc_bytes
            }
            else {
                !pm_region.constants().impervious_to_corruption()
            }
        }),
{
    // calculate the CRC using a digest including both data1_c and data2_c
    let mut digest = CrcDigest::new();
    digest.write_bytes(data1_c);
    digest.write_bytes(data2_c);
    proof {
        assert(digest.bytes_in_digest() =~= data1_c@ + data2_c@);
    }
    let computed_crc = digest.sum64();

    assert(computed_crc == spec_crc_u64(data1_c@ + data2_c@));

    // Check whether the CRCs match. This is done in an external body function so that we can convert the maybe-corrupted
    // CRC to a u64 for comparison to the computed CRC.
    let crcs_match = compare_crcs(crc_c, computed_crc);

    proof {
        let true_data_bytes1 =
            subregion.view(pm_region).read_state.subrange(relative_data_addr1 as int,
                                                          relative_data_addr1 + data1_c@.len());
        let true_data_bytes2 =
            subregion.view(pm_region).read_state.subrange(relative_data_addr2 as int,
                                                          relative_data_addr2 + data2_c@.len());
        let true_crc_bytes = spec_crc_bytes(true_data_bytes1 + true_data_bytes2);

        let data_c = data1_c@ + data2_c@;
        let true_data = true_data_bytes1 + true_data_bytes2;
        let absolute_data_addrs1 = Seq::new(data1_c@.len(),
                                            |i: int| i + relative_data_addr1 + subregion.start());
        let absolute_data_addrs2 = Seq::new(data2_c@.len(),
                                            |i: int| i + relative_data_addr2 + subregion.start());
        let absolute_crc_addrs = Seq::new(u64::spec_size_of(),
                                          |i: int| i + relative_crc_addr + subregion.start());

        if pm_region.constants().impervious_to_corruption() {
            pm_region.constants().maybe_corrupted_zero_addrs(data_c, true_data, absolute_data_addrs1 + absolute_data_addrs2);
            pm_region.constants().maybe_corrupted_zero(crc_c@, true_crc_bytes);
            assert(extract_bytes(data_c, 0, data1_c@.len()) == data1_c@);
            assert(extract_bytes(data_c, data1_c@.len(), data2_c@.len()) == data2_c@);
            assert(data1_c@ == true_data_bytes1);
            assert(data2_c@ == true_data_bytes2);
        }

        if {
            &&& !pm_region.constants().impervious_to_corruption()
            &&& crcs_match
        } {
            pm_region.constants().maybe_corrupted_crc(data_c, true_data, absolute_data_addrs1 + absolute_data_addrs2,
                                                      crc_c@, true_crc_bytes, absolute_crc_addrs);
            assert(extract_bytes(data_c, 0, data1_c@.len()) == data1_c@);
            assert(extract_bytes(data_c, data1_c@.len(), data2_c@.len()) == data2_c@);
            assert(data1_c@ == true_data_bytes1);
            assert(data2_c@ == true_data_bytes2);
        }
    }
    crcs_match
}

// TODO DOCUMENTATION

}
