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
            i <= count,
            i == lists.len(),
            i <= lists.len(),
            i == lists.len(),
            assert(i == lists.len()),
            assert(count >= 0),
            assert(i <= count),
            assert(i == lists.len()),
            assert(i == lists.len()),
            assert(i == lists.len()),
            assert(i == lists.len()),
        decreases (count - i)
    {
        assert(i == lists.len());
        i = i + 1;
    }
    count
}
// </vc-code>

}
fn main() {}