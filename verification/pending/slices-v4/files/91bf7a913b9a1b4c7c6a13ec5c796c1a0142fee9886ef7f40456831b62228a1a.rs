#[allow(unused_imports)]
use vstd::{map::*, prelude::*, seq::*, set::*};

verus! {

mod m1 {
    #[allow(unused_imports)]


    use vstd::{seq::*, set::*, map::*, prelude::*};

    // ANCHOR: ext_eq_struct_fields
    struct Foo {
        a: Seq<int>,
        b: Set<int>,
    }

    proof fn ext_equal_struct() {
        let f1 = Foo { a: seq![1, 2, 3], b: set!{4, 5, 6} };
        let f2 = Foo { a: seq![1, 2].push(3), b: set!{5, 6}.insert(4) };
        // assert(f1 == f2);    // FAILS -- need to use =~= first
        assert(f1.a =~= f2.a);  // succeeds
        assert(f1.b =~= f2.b);  // succeeds
        assert(f1 == f2);  // succeeds, now that we've used =~= on .a and .b
    }
    // ANCHOR_END: ext_eq_struct_fields

}

// ANCHOR: ext_eq_struct
#[verifier::ext_equal]  // necessary for invoking =~= on the struct
struct Foo {
    a: Seq<int>,
    b: Set<int>,
}

// ANCHOR_END: ext_eq_struct

// ANCHOR: ext_eq_nested
// ANCHOR_END: ext_eq_nested

// ANCHOR: ext_eq_fnspec

// ANCHOR_END: ext_eq_fnspec


} // verus!
