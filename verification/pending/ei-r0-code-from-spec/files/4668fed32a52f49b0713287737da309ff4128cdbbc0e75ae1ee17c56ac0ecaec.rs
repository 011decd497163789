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
    let mut idx: usize = 0;
    let mut j: usize = 0;
    while j < nums.len()
        invariant
            0 <= idx && idx < nums.len(),
            0 <= nums[j] && nums[j] <= nums[idx as int],
            0 <= nums[idx] && nums[idx] <= nums[j],
            j < nums.len(),
            nums.len() == 1,
        decreases nums.len() - j
    {
        assert(idx == 0);
        assert(nums[idx] <= nums[j]);
        assert(nums[j] <= nums[idx as int]);
        assert(j < nums.len());
        assert(nums[j] <= nums[idx]);
        assert(j < nums.len());
        assert(nums[j] <= nums[idx as int]);
        assert(j == nums.len() - 1);
        j = j + 1;
    }
    assert(idx == nums.len());
}
// </vc-code>

}
fn main() {}