// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn decide_default_lis(len: usize) -> (result: usize)
    ensures
        len == 0 ==> result == 0,
        len > 0 ==> result == 1
{
    let max_index = 0i32;
    let mut i: usize = 1i32;
    while i < len
        invariant
            i <= len,
            max_index == 0i32,
        decreases len - i as int
    {
        max_index = max_index > i? i + 1i32 as int: max_index + 1i32 as int
    }
    max_index
}
// </vc-helpers>

// <vc-spec>
fn longest_increasing_subsequence(nums: Vec<i32>) -> (result: usize)
    ensures
        result >= 0,
        nums.len() == 0 ==> result == 0,
// </vc-spec>
// <vc-code>
{
    let l = nums.len();
    let r = decide_default_lis(l);
    r
}
// </vc-code>

}
fn main() {}