use verus_builtin::*;
use verus_builtin_macros::*;

verus! {


fn add1(a: &mut u32)
    requires
        *old(a) < 10,
    ensures
        *final(a) == *old(a) + 1,
{
    *a = *a + 1;
}


// The following causes a trigger loop (useful for testing rlimit-related features):
//
// spec fn f(x: nat, y: nat) -> bool;
//
// proof fn goodbye_z3()
//     requires forall|x: nat, y: nat| f(x + 1, 2 * y) && f(2 * x, y + x) || f(y, x) ==> (#[trigger] f(x, y)),
//     ensures forall|x: nat, y: nat| x > 2318 && y < 100 ==> f(x, y),
// {
// }

} // verus!
