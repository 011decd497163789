#[allow(unused_imports)]
use vstd::{map::*, prelude::*, seq::*, set::*};

verus! {


// ANCHOR: ext_eq_struct

// ANCHOR_END: ext_eq_struct

// ANCHOR: ext_eq_nested
// ANCHOR_END: ext_eq_nested

// ANCHOR: ext_eq_fnspec
#[verifier::ext_equal]  // necessary for invoking =~= on the struct
struct Bar {
    a: spec_fn(int) -> int,
}

proof fn ext_equal_fnspec(n: int) {
    // basic case
    let f1 = (|i: int| i + 1);
    let f2 = (|i: int| 1 + i);
    assert(f1 =~= f2);  // succeeds
    // struct case
    let b1 = Bar { a: |i: int| if i == 1 { i } else { 1 } };
    let b2 = Bar { a: |i: int| 1int };
    assert(b1 =~= b2);  // succeeds
    // nested case
    let i1 = (|i: int| i + 2);
    let i2 = (|i: int| 2 + i);
    let n1: Seq<spec_fn(int) -> int> = seq![i1];
    let n2: Seq<spec_fn(int) -> int> = seq![i2];
    // assert(n1 =~= n2); // FAILS
    assert(n1 =~~= n2);  // succeeds
}
// ANCHOR_END: ext_eq_fnspec


} // verus!
