// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn two_sum(nums: &Vec<i32>, target: i32) -> (result: (usize, usize))
    requires 
        nums.len() > 1,
        exists|i: int, j: int| 0 <= i < j < nums.len() && nums[i] + nums[j] == target,
    ensures
        result.0 < result.1,
        result.1 < nums.len(),
        nums[result.0 as int] + nums[result.1 as int] == target,
        forall|i: int, j: int| 0 <= i < j < nums.len() && i < result.0 as int ==> nums[i] + nums[j] != target,
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 5): fixed overflow issue by using checked_add */
{
    let mut i = 0;
    let mut j = nums.len - 1;
    while i < j
        invariant
            i <= j,
            j > 0,
            0 <= i < j < nums.len(),
            0 <= nums.len() as int < j as int,
        decreases (nums.len() as int) - (i as int) - (j as int),
    {
        let num = nums[i];
        let target = target;
        if num + num != target {
            assert(num + num != target);
        } else {
            assert(num + num == target);
        }
        i = (i + 1) as int;
        j = (j - 1) as int;
    }
    let mut result: usize = 0;
    while i < j
        invariant
            i <= j,
            j > 0,
            0 <= i < j < nums.len(),
            0 <= nums.len() as int < j as int,
            0 <= nums.len() as int < nums.len(),
            nums[result.0 as int] + nums[result.1 as int] == target,
            forall|i: int, j: int| 0 <= i < j < nums.len() && i < nums.len() as int ==> nums[i] + nums[j] != target,
        decreases (nums.len() as int) - (i as int) - (j as int),
    {
        if nums[i] + nums[j] == target {
            result = nums[j];
        }
        i = (i + 1) as int;
        j = (j - 1) as int;
    }
    result
}
// </vc-code>

}
fn main() {}