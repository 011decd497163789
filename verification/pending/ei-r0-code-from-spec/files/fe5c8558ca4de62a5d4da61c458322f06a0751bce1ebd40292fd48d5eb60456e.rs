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
    let i = 0;
    while i < nums.len()
        invariant
            0 <= i <= nums.len(),
            forall|j: int| 0 <= j && j < nums.len() ==> nums[j] <= nums[i],
        decreases nums.len() - i
    {
        assert(i == (nums.len() - 1) / 2);
        assert(nums[i] == nums[nums.len() - 1 - j]);
        i = i + 1;
    }
    assert(i == nums.len());
    assert(nums.len() == i);
    assert(nums[i] == nums[nums.len() - 1 - j]);
}
// </vc-code>

}
fn main() {}