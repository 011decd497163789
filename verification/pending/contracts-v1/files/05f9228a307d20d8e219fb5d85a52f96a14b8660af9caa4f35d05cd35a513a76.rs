use vstd::prelude::*;

verus! {




proof fn test_funext_specific_2(f1: spec_fn(u8, u16) -> int, f2: spec_fn(u8, u16) -> int)
    requires
        forall|x, y| #[trigger] f1(x, y) == f2(x, y),
    ensures
        f1 == f2,
{
    assert(f1 =~= f2);
}

} // verus!
