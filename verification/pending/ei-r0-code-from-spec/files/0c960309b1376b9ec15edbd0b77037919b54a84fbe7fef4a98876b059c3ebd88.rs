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
    let count = lists.len();
    let mut i: usize = 0;
    while i < count
        invariant
            count >= 0,
            count == lists.len(),
            i <= count,
            forall i <= count,
                count == i,
                count == lists.len(),
            true,
            true,
        decreases (count as int)
    {
        let mut j: usize = 0;
        while (i < lists.len())
            invariant
                lists.len() <= j,
                lists.len() == i,
                i <= lists.len(),
                lists[i] == 0,
                lists[j] == 0,
                true,
                true,
            decreases (j as int)
        {
            if lists[i] == 0 {
                break;
            }
            j = j + 1;
        }
        i = i + 1;
        count = count - 1;
    }
    count
}
// </vc-code>

}
fn main() {}