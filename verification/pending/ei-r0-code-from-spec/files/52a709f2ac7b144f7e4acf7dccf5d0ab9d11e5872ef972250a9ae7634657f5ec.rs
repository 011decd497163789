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
    let mut j = 0;
    while i < nums.len()
        invariant
            0 <= j && j < nums.len(),
            forall|k: int| 0 <= k && k < nums.len() ==> nums[k] <= nums[j as int],
            0 <= i && i < nums.len(),
            0 <= j && j < nums.len(),
            0 <= i && i < nums.len(),
            0 <= j && j < nums.len(),
            0 <= i && i < nums.len(),
            0 <= j && j < nums.len(),
            0 <= i && i < nums.len(),
            0 <= j && j < nums.len(),
        decreases nums.len() - i
    {
        if nums[i] <= nums[j] {
            nums[i] = nums[j];
            j = i;
        } else {
            nums[i] = nums[j];
            i = j;
        }
    }
    if i < j
    {
        nums[i] = nums[j];
        j = i;
    }
    i = j;
}
// </vc-code>

}
fn main() {}