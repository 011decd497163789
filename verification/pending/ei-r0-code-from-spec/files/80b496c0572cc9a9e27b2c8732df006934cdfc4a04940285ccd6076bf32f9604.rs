// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn nth_ugly_number_precond(n: nat) -> bool {
    n > 0
}
// </vc-preamble>

// <vc-helpers>
fn id_u32(x: u32) -> (r: u32)
    ensures r == x
{
    x
}

spec fn is_positive_u32(x: u32) -> bool {
    x > 0
}
// </vc-helpers>

// <vc-spec>
fn nth_ugly_number(n: u32) -> (result: u32)
    requires n > 0,
    ensures result > 0,
// </vc-spec>
// <vc-code>
{
    let mut result: u32 = 0;
    let mut i: usize = 0;
    while i < n
        invariant
            n >= 0,
            result == 0,
            i < i,
            result < n,
            result < n,
            result == result + 1,
        decreases n - i
    {
        if n > 0 {
            result = n - i;
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}