
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality





// Map extensionality

spec fn maps_are_equal_on(m: Map<int, int>, q: Map<int, int>, i: int) -> bool {
    &&& m.dom().contains(i)
    &&& q.dom().contains(i)
    &&& m[i] == q[i]
}

proof fn assert_maps_equal_with_proof(m: Map<int, int>, q: Map<int, int>)
    requires
        forall|i| maps_are_equal_on(m, q, i),
{
    assert_maps_equal!(m, q, i => {
        assert(maps_are_equal_on(m, q, i)); // trigger
    });
    assert(m == q);
}


// Set extensionality



} // verus!
