// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn lcm_int(a: i8, b: i8) -> (result: i8)
    requires a as int != 0 && b as int != 0,
    ensures 
        result as int >= 0,
        result as int % a as int == 0,
        result as int % b as int == 0
// </vc-spec>
// <vc-code>
{
    let a_int: i8 = a;
    let b_int: i8 = b;
    let result_int: i8 = lcm_int(a_int, b_int);
    result_int
}
// </vc-code>


}
fn main() {}