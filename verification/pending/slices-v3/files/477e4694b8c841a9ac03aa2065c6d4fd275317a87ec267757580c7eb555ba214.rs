use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{modes::*, prelude::*, seq::*, *};

verus! {

spec fn arith_sum_int(i: int) -> int
    decreases i,
{
    if i <= 0 {
        0
    } else {
        i + arith_sum_int(i - 1)
    }
}






proof fn arith_sum_monotonic(i: nat, j: nat)
    requires
        i <= j,
    ensures
        arith_sum_int(i as int) <= arith_sum_int(j as int),
    decreases j,
{
    if i < j {
        arith_sum_monotonic(i, (j - 1) as nat);
    }
}




} // verus!
