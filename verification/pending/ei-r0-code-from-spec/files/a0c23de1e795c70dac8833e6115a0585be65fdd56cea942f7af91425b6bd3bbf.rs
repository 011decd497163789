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
    let mut j = 0;
    let mut i = 0;
    while i < len
        invariant
            i <= len,
            j == 0,
            i == 0,
            len == 1,
            j == 0,
            j == 0,
            len == 1,
        decreases len - i
    {
        if nums[i] < nums[j] {
            j = nums[i];
        }
        i = i + 1;
    }
    proof {
        assert(i == len - 1);
        assert(j == len - 1);
        assert(len == 1);
    }
    assert(j == len - 1);
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