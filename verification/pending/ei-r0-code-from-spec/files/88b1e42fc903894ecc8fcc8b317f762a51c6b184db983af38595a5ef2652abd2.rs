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
    let count = 0;
    let mut i: usize = 0;
    while i < lists.len()
        invariant
            count <= lists.len(),
            i <= lists.len(),
        decreases lists.len() - i,
    {
        count = count + 1;
        if lists.len() == i {
            assert(count == lists.len());
            assert(i < lists.len());
            assert(i <= lists.len());
            assert(lists.len() == lists.len());
            assert(i == lists.len() - 1);
            assert(i < lists.len());
            assert(i <= lists.len());
        }
        i = i + 1;
    }
    count
}
// </vc-code>

}
fn main() {}