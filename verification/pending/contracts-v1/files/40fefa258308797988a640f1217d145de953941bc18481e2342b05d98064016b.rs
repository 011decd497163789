use verus_builtin::*;
use verus_builtin_macros::*;

verus! {













#[verifier::opaque]
spec fn g<A>(a: A) -> A {
    a
}

proof fn test_g1(u: u8) {
    reveal(g::<u8>);  // REVIEW: should reveal quantify over all A?
    assert(g(u) == u);
}


} // verus!
