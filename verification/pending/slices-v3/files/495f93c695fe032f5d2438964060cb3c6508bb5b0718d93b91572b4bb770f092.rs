// examples of using `CheckedU32` and `CheckedU64`
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {



fn checked_u32_constants()
{
    let w = CheckedU32::new(0xFFFFFFFF);
    let x = w.add_value(9);
    assert(x.is_overflowed());
    assert(x.view() == 0x100000008);

    let y = CheckedU32::new(0x40000000);
    let z = y.mul_value(8);
    assert(z.is_overflowed());
    assert(z.view() == 0x200000000);
}


} // verus!
