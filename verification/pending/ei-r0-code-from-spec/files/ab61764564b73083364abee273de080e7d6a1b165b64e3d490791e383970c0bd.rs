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
    let mut i: usize = 0;
    while i < nums.len()
        invariant
            0 <= i && i <= nums.len(),
            forall|j: int| 0 <= j && j < nums.len() ==> nums[j] <= nums[i as int],
        decreases nums.len() - i
    {
        assert(i < nums.len());
        assert(i == 0);
        assert(nums[i] <= nums[i as int]);
        assert(nums[i as int] < nums[i as int]);
    }

    assert(i == nums.len() - 1);
    assert(nums[i] < nums[i as int]);
}
// </vc-code>

}
fn main() {}