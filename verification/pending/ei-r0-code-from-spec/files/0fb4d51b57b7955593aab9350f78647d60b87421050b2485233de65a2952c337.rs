// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn min_u32(a: u32, b: u32) -> u32 { if a < b { a } else { b } }
// </vc-helpers>

// <vc-spec>
fn solution(nums: Vec<u32>) -> (result: u32)
    requires
        1 <= nums.len() <= 100,
        forall|i: int| 0 <= i < nums.len() ==> #[trigger] nums[i] >= 1 && #[trigger] nums[i] <= 100,
    ensures
        result >= 0,
// </vc-spec>
// <vc-code>
{
    let n: usize = nums.len();
    let mut result: u32 = 0i32;
    let mut i: usize = 0;
    while i < n
        invariant
            0 <= i <= n,
            result <= n,
            result == 0i32,
            n == i,
            result >= 0i32,
        decreases (n - i) as int
    {
        if nums[i] <= 0 {
            result = i;
        } else {
            result = 0i32;
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}