// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn count_lists(lists: &Vec<Vec<int>>) -> (count: usize)
    ensures 
        count >= 0,
        count == lists.len(),
// </vc-spec>
// <vc-code>
{
    // Check if the length of the input vec is 0
    if lists.len() == 0 {
        return 0;
    }
    // Count the number of elements in the input vec
    let n = lists.len();
    count = 0;
    // Count the number of non-zero elements
    if n > 1 {
        // Iterate through the input vec
        while n > 1
            invariant
                n <= lists.len(),
                lists.len() == n,
                n == lists.len(),
            decreases (n - 1) as int
        {
            // Count the number of non-zero elements in the input vec
            let s = lists[n - 1];
            count += 1;
            // Count the number of non-zero elements
            if s != 0 {
                assert(s == 1);
            }
        }
    }
    // Count the number of non-zero elements
    count
}
// </vc-code>

}
fn main() {}