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
    let count = intervals.len();
    let mut i: usize = 0;
    while i < count
        invariant
            0usize <= i,
            count <= i * 1000usize,
        decreases (i as int) as int
    {
        let _ = intervals.push(0u);
        i = i + 1;
    }
    let mut n: usize = 0;
    while i < count
        invariant
            0usize <= n as int,
            n * 1000usize <= n * 1000,
        decreases (n as int) as int
    {
        let _ = intervals.push(0u);
        n = n + 1;
    }
    n
}
// </vc-code>

}
fn main() {}