
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality



spec fn are_equal(s: Seq<u64>, t: Seq<u64>, i: int) -> bool {
    s[i] == t[i]
}

proof fn assert_seqs_equal_with_proof(s: Seq<u64>, t: Seq<u64>)
    requires
        s.len() == t.len(),
        forall|i| 0 <= i < s.len() as int ==> are_equal(s, t, i),
{
    assert_seqs_equal!(s, t, i => {
        assert(are_equal(s, t, i)); // trigger
    });
    assert(s == t);
}

// Map extensionality




// Set extensionality



} // verus!
