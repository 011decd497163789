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
    let mut r = 1;
    let mut i: usize = 1;
    while i < len
        invariant
            1 <= i <= len,
            r == 1,
            i == 1,
            r == 0,
        decreases (len - i) as int
        until len == 0 => r = 0
    {
        r = decide_default_lis(i);
        i = i + 1;
    }
    r
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