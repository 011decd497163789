
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality





// Map extensionality




// Set extensionality

proof fn assert_sets_equal_with_proof() {
    let s = ISet::<u64>::new(|i: u64| i ^ 25 < 100);
    let t = ISet::<u64>::new(|i: u64| 25 ^ i < 100);
    assert_isets_equal!(s, t, i => {
        assert_bit_vector(i ^ 25 == 25 ^ i);
    });
    assert(s == t);
}


} // verus!
