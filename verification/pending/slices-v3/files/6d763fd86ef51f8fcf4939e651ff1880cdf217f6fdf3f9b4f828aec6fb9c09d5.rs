use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{modes::*, prelude::*, seq::*, *};

verus! {


#[verifier::opaque]
spec fn arith_sum_u64(i: u64) -> u64
    decreases i,
{
    if i == 0 {
        0
    } else {
        (i + arith_sum_u64((i - 1) as u64)) as u64
    }
}




proof fn arith_sum_test3() {
    reveal_with_fuel(arith_sum_u64, 4);
    assert(arith_sum_u64(3) == 6);
}





} // verus!
