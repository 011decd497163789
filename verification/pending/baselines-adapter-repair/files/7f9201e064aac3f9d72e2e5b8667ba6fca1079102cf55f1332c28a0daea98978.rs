use vstd::prelude::*;
fn main() {}

verus!{

proof fn bound_check(x: u32, y: u32)
    requires
        x <= 0xffff,
        y <= 0xffff,
    ensures
        x*y <= 0x100000000,
{
    // Since x and y are each <= 0xffff, their product will be <= 0xffff * 0xffff.
    // 0xffff * 0xffff = 0xfffe0001, which is <= 0x100000000.
    assert(x as u64 * y as u64 <= 0x100000000);
}
}
