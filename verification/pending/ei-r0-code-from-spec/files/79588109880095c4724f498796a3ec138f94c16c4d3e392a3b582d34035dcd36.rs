// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): fix int/nat mismatches for Seq indexing/skip and formalize step of count_true over skip */
proof fn lemma_count_true_skip_step(cond: Seq<bool>, i: int)
    requires
        0int <= i,
        i <= cond.len() as int,
    ensures
        if i < cond.len() as int {
            count_true(cond.skip(i)) == (if cond[i] { 1int } else { 0int }) + count_true(cond.skip(i + 1))
        } else {
            count_true(cond.skip(i)) == 0int
        },
{
    if i < cond.len() as int {
        let s = cond.skip(i);
        assert((s.len() as int) == cond.len() as int - i);
        assert(0int < s.len() as int);
        assert(s[0] == cond[i]);
        assert(s.skip(1) == cond.skip(i + 1));
        assert(count_true(s) == (if s[0] { 1int } else { 0int }) + count_true(s.skip(1)));
    } else {
        let s = cond.skip(i);
        assert(s.len() == 0);
        assert(count_true(s) == 0int);
    }
}
// </vc-helpers>

// <vc-spec>
spec fn count_true(condition: Seq<bool>) -> int 
    decreases condition.len()
{
    if condition.len() == 0 {
        0int
    } else {
        (if condition[0] { 1int } else { 0int }) + count_true(condition.skip(1))
    }
}

fn extract(condition: Vec<bool>, arr: Vec<f32>) -> (result: Vec<f32>)
    requires 
        condition.len() == arr.len(),
        count_true(condition@) >= 0,
    ensures
        result.len() == count_true(condition@),
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            result.len() == i,
            count_true(condition@) >= 0,
        decreases arr.len() - i
    {
        let s = arr[i];
        if s.len() == 0 {
            result.push(s);
        } else {
            let c = s[0];
            result.push(c);
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}