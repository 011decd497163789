
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{imap::*, imap_lib::*, iset::*, iset_lib::*, map::*, seq::*, seq_lib::*, set::*, set_lib::*};

verus! {

// Sequence extensionality





// Map extensionality




// Set extensionality
proof fn test_set(s: Set<int>, t: Set<int>) {
    assert_sets_equal!(
        s.union(t),
        t.union(s),
    );
    assert(s.union(t) == t.union(s));
}



} // verus!
