// verusbench demo: spec fn mirrored by an exec fn (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn spec_max(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

fn max_u32(a: u32, b: u32) -> (r: u32)
    ensures
        r == spec_max(a as int, b as int),
        r >= a && r >= b,
        r == a || r == b,
{
    if a >= b { a } else { b }
}

fn max_of_three(a: u32, b: u32, c: u32) -> (r: u32)
    ensures
        r >= a && r >= b && r >= c,
        r == a || r == b || r == c,
{
    let ab = max_u32(a, b);
    max_u32(ab, c)
}

} // verus!

fn main() {}
