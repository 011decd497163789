
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality





// Map extensionality
proof fn test_map(m: Map<int, int>)
    requires
        m.contains_pair(5, 17),
{
    let q = m.remove(5).insert(5, 17);
    assert_maps_equal!(m, q);
    assert(m == q);
}




// Set extensionality



} // verus!
