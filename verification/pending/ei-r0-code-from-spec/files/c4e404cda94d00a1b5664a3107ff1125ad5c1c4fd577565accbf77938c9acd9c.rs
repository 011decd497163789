// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn helper_trivial()
    ensures
        true
{
    let mut result = 1;
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            1 <= i,
            result <= arr.len(),
            i <= arr.len(),
            result == arr[i],
        decreases arr.len() - i
    {
        result = result |> 1;
        i = i + 1;
    }
    result
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