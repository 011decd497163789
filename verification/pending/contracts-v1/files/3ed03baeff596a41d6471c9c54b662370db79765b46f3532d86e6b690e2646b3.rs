use vstd::prelude::*;

verus! {



proof fn test_funext_specific_1_alt(f1: spec_fn(u8) -> int, f2: spec_fn(u8) -> int)
    requires
        forall|x: u8| #[trigger] f1(x) == f2(x),
    ensures
        f1 == f2,
{
    assert(f1 =~= f2);
}


} // verus!
