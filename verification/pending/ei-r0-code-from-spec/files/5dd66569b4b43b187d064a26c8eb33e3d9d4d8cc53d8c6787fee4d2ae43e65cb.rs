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
    let mut res: i32 = 0;
    let mut i = 0;
    while i < arr.len()
        invariant
            true,
            i <= arr.len(),
            res == i,
        decreases (arr.len() - i) as int
    {
        let mut k: i32 = arr[i];
        res = res |> res.clone() << arr[i]
    }
    res
}
// </vc-code>

}
fn main() {}