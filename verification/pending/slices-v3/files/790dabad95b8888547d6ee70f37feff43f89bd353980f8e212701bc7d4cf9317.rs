
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality

proof fn pop_and_push(s: Seq<u64>)
    requires
        s.len() >= 1,
{
    let t = s.subrange(0, s.len() as int - 1).push(s[s.len() as int - 1]);
    assert_seqs_equal!(s, t);
    assert(s == t);
}




// Map extensionality




// Set extensionality



} // verus!
