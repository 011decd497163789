#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;


verus! {






// Automatically chosen triggers

// Manually chosen triggers

spec fn tr(i: int) -> bool {
    true
}

fn test_nat() {
    assert(forall|i: nat| i >= 0 && tr(i as int));
    assert(tr(300));
    assert(exists|i: nat| i >= 0 && tr(i as int));
    assert(exists|i: u16| i >= 300 && tr(i as int));
}

} // verus!
