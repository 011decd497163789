
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality





// Map extensionality



proof fn assert_maps_equal_with_proof2() {
    let m = IMap::<u64, u64>::total(|t: u64| t & 184);
    let q = IMap::<u64, u64>::new(|t: u64| t ^ t == 0, |t: u64| 184 & t);
    assert_imaps_equal!(m, q, t => {
        // show that the `q` map is total:
        assert_bit_vector(t ^ t == 0);

        // show that the values are equal:
        assert_bit_vector(t & 184 == 184 & t);
    });
    assert(m == q);
}

// Set extensionality



} // verus!
