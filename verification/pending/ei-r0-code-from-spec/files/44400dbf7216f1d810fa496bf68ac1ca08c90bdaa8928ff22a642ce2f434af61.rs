// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn helper_trivial()
    ensures
        true
{
}

// </vc-helpers>

// <vc-spec>
fn unique_product(arr: &Vec<i32>) -> (result: i32)
    ensures

        true,
// </vc-spec>
// <vc-code>
{
    let mut n: usize = 0;
    while n < arr.len()
        invariant
            true,
        decreases (n as int) as int
    {
        assert(arr.len() == n);
        proof {
            assert(arr[n] == i32::any<i32>::any());
        }
        n = n + 1;
    }
    let mut r: i32 = arr[n];
    r
}
// </vc-code>

}
fn main() {}