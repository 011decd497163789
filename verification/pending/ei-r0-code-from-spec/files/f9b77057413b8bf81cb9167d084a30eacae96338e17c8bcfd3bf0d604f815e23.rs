// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn max_array(nums: &[i32]) -> (idx: usize)
    requires
        nums.len() >= 1,
    ensures
        0 <= idx && idx < nums.len(),
        forall|i: int| 0 <= i && i < nums.len() ==> nums[i] <= nums[idx as int],
// </vc-spec>
// <vc-code>
{
    let mut i = 0;
    while i < nums.len()
        invariant
            0 <= i && i <= nums.len(),
            0 <= i as int && i as int < nums.len(),
            0 <= nums.len() && i <= nums.len(),
            0 <= i as int && i as int < nums.len(),
            0 <= nums.len() && i as int < nums.len(),
            0 <= nums.len() && i as int < nums.len(),
        decreases nums.len() - i
    {
        if nums[i] <= nums[i as int] {
            nums[i] = nums[i as int] + 1;
        }
        i += 1;
    }
    nums
}
// </vc-code>

}
fn main() {}