// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn helper_trivial()
    ensures
        true
{
    let mut prod = 1;
    proof {
        assert(prod == 1);
        assert(prod + 1 == 2);
    }
    prod
}

// </vc-helpers>

// <vc-spec>
fn unique_product(arr: &Vec<i32>) -> (result: i32)
    ensures

        true,
// </vc-spec>
// <vc-code>
{
    1
}
// </vc-code>

}
fn main() {}