// examples of using `CheckedU32` and `CheckedU64`
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {

fn checked_u64_constants()
{
    let w = CheckedU64::new(0xFFFFFFFFFFFFFFFF);
    let x = w.add_value(1);
    assert(x.is_overflowed());
    assert(x.view() == 0x10000000000000000);

    let y = CheckedU64::new(0x8000000000000000);
    let z = y.mul_value(2);
    assert(z.is_overflowed());
    assert(z.view() == 0x10000000000000000);
}




} // verus!
