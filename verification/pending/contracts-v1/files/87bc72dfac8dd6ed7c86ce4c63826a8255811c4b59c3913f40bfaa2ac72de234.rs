use verus_builtin::*;
use verus_builtin_macros::*;

verus! {

pub fn foo(a: u64) -> u64
    requires
        a < 100,
{
    a + 1
}


} // verus!
