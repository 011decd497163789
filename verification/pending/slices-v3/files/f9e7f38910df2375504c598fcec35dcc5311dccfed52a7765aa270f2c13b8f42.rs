
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality
proof fn test_seqs(s1: Seq<u64>, s2: Seq<u64>)
    requires
        s1.len() == 3,
        s1[0] == 0,
        s1[1] == 4,
        s1[2] == 8,
        s2.len() == 3,
        s2[0] == 0,
        s2[1] == 4,
        s2[2] == 8,
{
    assert_seqs_equal!(s1, s2);
    assert(s1 == s2);
}





// Map extensionality




// Set extensionality



} // verus!
