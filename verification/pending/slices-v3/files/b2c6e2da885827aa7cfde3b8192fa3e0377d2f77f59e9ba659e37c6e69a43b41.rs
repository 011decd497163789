
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality


proof fn subrange_concat(s: Seq<u64>, i: int)
    requires
        0 <= i <= s.len(),
{
    let t1 = s.subrange(0, i);
    let t2 = s.subrange(i, s.len() as int);
    let t = t1.add(t2);
    assert_seqs_equal!(s, t);
    assert(s == t);
}



// Map extensionality




// Set extensionality



} // verus!
