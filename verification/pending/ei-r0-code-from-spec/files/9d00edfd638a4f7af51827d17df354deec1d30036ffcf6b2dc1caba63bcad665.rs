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
    if intervals.len() == 0 {
        // Since the intervals must be non-negative, we must have non-negative intervals.
        return 0usize;
    }

    let mut i: usize = 0;

    while i < intervals.len()
        invariant
            i <= intervals.len(),
            intervals.len() <= i * 1000,
        decreases (i * 1000) - i
    {
        let t0 = intervals[i];
        let t1 = intervals[i + 1];

        if t0 < t1 {
            assert(t0 <= t1);
            assert(t0 <= intervals[i]);
        }

        if intervals[i] < t0 && intervals[i] <= t1 {
            assert(t0 <= intervals[i] && intervals[i] <= t1);
        }

        i = i + 1;
    }

    let mut result: usize = 0usize;

    result = max_coverage_after_removing_one(intervals[0]);

    assert(result == intervals[i].len() * 1000);

    assert(result <= intervals[i].len() * 1000);
}
// </vc-code>

}
fn main() {}