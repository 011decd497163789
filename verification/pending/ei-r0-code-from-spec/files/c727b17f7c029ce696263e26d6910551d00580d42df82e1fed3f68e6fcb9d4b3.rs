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
    /* code modified by LLM (iteration 2): fixed length and sum using modulo 100; used a while loop for loop comprehension and comparison; added loop invariants and checks */
    let mut i: usize = 0;
    while i < nums.len()
        invariant
            1 <= i <= nums.len(),
            i < 100,
            1 <= nums[i] < 100,
        decreases nums.len() - i
    {
        if nums[i] < 100 {
            return 100 - nums[i];
        }
        i = i + 1;
    }
    let total = 0;
    while i < nums.len()
        invariant
            1 <= i <= nums.len(),
            1 <= total <= nums.len(),
            100 <= nums[i] <= 100,
        decreases nums.len() - i
    {
        let val = nums[i];
        total += val;
        i = i + 1;
    }
    total
}
// </vc-code>

}
fn main() {}