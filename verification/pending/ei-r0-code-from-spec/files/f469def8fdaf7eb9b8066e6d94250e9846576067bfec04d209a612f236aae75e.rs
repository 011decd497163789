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
    if nums.len() < 1 {
        throw InvalidOperationException("nums must have at least one element")
    }
    let mut i = 0;
    while i < nums.len()
        invariant
            0 <= i && i < nums.len(),
            0 <= i && i <= nums.len(),
            0 <= i && i <= nums.len(),
            0 <= i && i < nums.len(),
            0 <= idx && idx < nums.len(),
            nums[0] <= nums[0] <= nums[i] <= nums[i+1],
            0 <= idx && idx < nums.len(),
            0 <= i && i < nums.len(),
            0 <= i && i < nums.len(),
        decreases nums.len() - 1 - i
    {
        if nums[i] == nums[i+1] {
            assert(i == nums.len() - 1);
            break;
        }
        i += 1;
    }
    assert(i == nums.len() - 1);
    assert(i < nums.len());
    assert(nums[i] <= nums[i+1]);
    assert(nums[i+1] <= nums[i]);
    if i == nums.len() - 1 {
        assert(i < nums.len());
        assert(nums[i+1] == nums[i]);
        assert(nums[i+1] <= nums[i+2]);
        assert(nums[i+2] == nums[i+2]);
    }
}
// </vc-code>

}
fn main() {}