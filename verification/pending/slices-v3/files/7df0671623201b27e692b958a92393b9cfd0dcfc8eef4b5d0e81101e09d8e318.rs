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


proof fn arith_sum_int_nonneg(i: nat)
    ensures
        arith_sum_int(i as int) >= 0,
    decreases i,
{
    if i > 0 {
        arith_sum_int_nonneg((i - 1) as nat);
    }
}








} // verus!
