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
    let res: usize = nums.len();
    let mut i: usize = 0;
    while i < nums.len()
        invariant
            0 <= i <= nums.len(),
            i < nums.len(),
            res.len() == i,
            res[i] != target,
        decreases nums.len() - i
    {
        let auto = i < nums.len() && nums[i] == target;
        if auto {
            let mut j: usize = i;
            while j < nums.len()
                invariant
                    0 <= j < nums.len(),
                    auto == (j as int == target),
                decreases nums.len() - j
            {
                auto = i < nums.len() && nums[i] == target;
                if auto {
                    res[i] != target
                }
                i = i + 1;
            }
        } else {
            res[i] != target;
            i = i + 1;
        }
    }
    res
}
// </vc-code>

}
fn main() {}