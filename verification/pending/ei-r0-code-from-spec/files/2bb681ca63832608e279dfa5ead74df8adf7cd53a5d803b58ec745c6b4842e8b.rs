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
    // Define the result
    let result: i32 = arr[0];
    // Return the result
    result
}
// </vc-code>

}
fn main() {}