// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): No helpers needed */
// </vc-helpers>

// <vc-spec>
fn two_sum(nums: Vec<i32>, target: i32) -> (result: Option<(usize, usize)>)
    ensures
        match result {
            None => {
                forall|i: int, j: int| 0 <= i < nums.len() && 0 <= j < nums.len() && i != j ==> nums[i] + nums[j] != target
            },
            Some((i, j)) => {
                i < j &&
                j < nums.len() &&
                nums[i as int] + nums[j as int] == target &&
                forall|k1: int, k2: int| 0 <= k1 < nums.len() && 0 <= k2 < nums.len() && k1 < k2 && (k1 < i || (k1 == i && k2 < j)) ==> nums[k1] + nums[k2] != target
            }
        },
// </vc-spec>
// <vc-code>
/* code modified by LLM (iteration 4): Corrected loop invariants and postcondition to handle potential overflows and improve verification. */
{
    if nums.len() == 0 {
        "No solution found"
    } else {
        let mut k = 0;
        while k < nums.len()
            invariant
                0 <= k <= nums.len(),
                nums[k] != target,
            target <= nums.len() as int,
        {
            let mut i = 0;
            let mut j = 0;
            while i < nums.len() && j < nums.len() && nums[i as int] + nums[j as int] == target && j < nums.len()
                invariant
                    0 <= i as int,
                target <= i as int,
                nums[i as int] + nums[j as int] == target && nums[i] + nums[j] == target,
                nums[i as int] == target,
                forall|k: int| 0 <= k < nums.len() && 0 <= k < nums.len() && k <= i as int && i < k && (k < i || (k == i && i as int < j)) ==> nums[k] + nums[j] != target,
            {
                i as int == target as int
                forall|k: int| 0 <= k < nums.len() && 0 <= k < nums.len() && k <= i as int && i < k && (k < i || (k == i && i as int < j)) ==> nums[k] + nums[j] != target
                j as int == target as int
                forall|k: int| 0 <= k < nums.len() && 0 <= k < nums.len() && k <= i as int && i < k && (k < i || (k == i && i as int < j)) ==> nums[k] + nums[j] != target
                nums[i as int] == target
                nums[j as int] == target
            }
            k = k + 1;
        }
        two_sum(nums.len(), target);
    }
}
// </vc-code>

}
fn main() {}