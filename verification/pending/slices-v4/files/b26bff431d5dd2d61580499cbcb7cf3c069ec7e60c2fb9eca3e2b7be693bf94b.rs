#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;


verus! {

spec fn f1(i: int, j: int) -> bool {
    i <= j
}

spec fn f2(i: int, j: int) -> bool {
    i >= j
}

spec fn g1(i: int) -> int {
    i + 1
}

spec fn g2(i: int) -> int {
    i + 2
}


// Automatically chosen triggers

// Manually chosen triggers
fn test_manual() {
    //
    // For single triggers, use #[trigger]
    //
    // :pattern ((f1. i@ j@))
    assert(forall|i: int, j: int| f2(j, i) ==> #[trigger] f1(i, j));
    // :pattern ((g1. i@) (g2. j@))
    assert(forall|i: int, j: int| f1(i, j) ==> f1(#[trigger] g1(i), #[trigger] g2(j)));
    //
    // For multiple triggers, use
    //   with_triggers!([...trigger 1 terms...], ..., [...trigger n terms...] => body)
    //
    // :pattern ((g1. i@) (g2. j@))
    // :pattern ((f1. i@ j@))
    assert(forall|i: int, j: int|
        #![trigger g1(i), g2(j)]
        #![trigger f1(i, j)]
        f1(i, j) ==> f1(g1(i), g2(j)));
    // :pattern ((g1. i@) (g2. j@))
    // :pattern ((f1. i@ j@) (g1. i@))
    assert(forall|i: int, j: int|
        #![trigger g1(i), g2(j)]
        #![trigger f1(i, j), g1(i)]
        f1(i, j) ==> f1(g1(i), g2(j)));
}



} // verus!
