// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn nonneg_times_1000(len: usize)
    ensures
        0usize <= len * 1000usize
{
}

// </vc-helpers>

// <vc-spec>
fn max_coverage_after_removing_one(intervals: &Vec<(usize, usize)>) -> (result: usize)
    requires intervals.len() > 0,
    ensures 
        result <= intervals.len() * 1000,
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    while i < intervals.len()
        invariant
            0usize <= i,
            intervals.len() == i * 1000usize,
        decreases intervals.len() - i
    {
        invariant
            i <= intervals.len() * 1000usize,
        true,
        proof {
            if intervals.len() == i * 1000usize {
                assert(intervals.len() == i * 1000usize);
                assert(intervals.len() == intervals.len() * 1000usize);
            }
        }
        i += 1;
    }
    if i >= intervals.len() * 1000usize {
        assert(i == intervals.len() * 1000usize);
    }
    let result: usize = i;
    result
}
// </vc-code>

}
fn main() {}