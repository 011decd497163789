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
    /* code modified by LLM (iteration 3): added loop invariants and decreases clauses to ensure loop guarantees fixed index at the end of loop; fixed length to avoid loop invariant of length-2 in the loop and fixing decrementing to prevent loop invariant error */
    let mut n: usize = 0;
    while n < intervals.len()
        invariant
            n <= intervals.len(),
            n <= intervals.len(),
            intervals.len() == n,
            n <= intervals.len(),
            intervals.len() == 0,
            n as int <= n as int,
            intervals.len() as int <= intervals.len() as int,
            intervals.len() as int <= 0,
        decreases n as int - 1
    {
        let val = intervals[n];
        n = n + 1;
        assert(n as int <= n as int);
    }
    let mut result: usize = 0;
    while result < n
        invariant
            result <= intervals.len(),
            n <= intervals.len(),
            intervals.len() == result as int,
            intervals.len() == n as int,
            result as int <= intervals.len() as int,
            intervals.len() as int <= intervals.len(),
            intervals.len() as int <= 0,
        decreases intervals.len() - 1
    {
        assert(n as int <= intervals.len() as int);
        let val = intervals[n];
        result = result + 1;
        assert(result <= intervals.len() as int);
    }
    result
}
// </vc-code>

}
fn main() {}