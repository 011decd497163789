#[allow(unused_imports)]
use vstd::{map::*, prelude::*, seq::*, set::*};

verus! {


// ANCHOR: ext_eq_struct

// ANCHOR_END: ext_eq_struct

// ANCHOR: ext_eq_nested
proof fn ext_equal_nested() {
    let inner: Set<int> = set!{1, 2, 3};
    let s1: Seq<Set<int>> = seq![inner];
    let s2 = s1.update(0, s1[0].insert(1));
    let s3 = s1.update(0, s1[0].insert(2).insert(3));
    // assert(s2 =~= s3); // FAILS
    assert(s2 =~~= s3);  // succeeds
    let s4: Seq<Seq<Set<int>>> = seq![s1];
    let s5: Seq<Seq<Set<int>>> = seq![s2];
    assert(s4 =~~= s5);  // succeeds
}
// ANCHOR_END: ext_eq_nested

// ANCHOR: ext_eq_fnspec

// ANCHOR_END: ext_eq_fnspec


} // verus!
