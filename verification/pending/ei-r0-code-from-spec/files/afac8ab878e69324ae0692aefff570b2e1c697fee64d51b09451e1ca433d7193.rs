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
    /* code modified by LLM (iteration 2): insert fixed code into the proof to check if conditions match and to ensure no false positives */
    let count_true = count_true(condition);
    let i = arr.len() - count_true;
    let sum_true = arr[i] as f32;
    let sum_true_skip_index = i as int;
    let _ = lemma_count_true_skip_step(cond, i as int);
    assert((sum_true - sum_true_skip_index) == 0int);
    assert(count_true(cond@) >= 0);
    let rest_true_index = i as int + 1;
    if rest_true_index < arr.len() {
        assert((sum_true - sum_true_skip_index) == 0int);
        assert(0int < sum_true_skip_index);
        assert((sum_true - sum_true_skip_index) == 0int);
    } else {
        assert(sum_true == sum_true_skip_index);
        assert(count_true(cond@) >= 0);
        assert((sum_true - sum_true_skip_index) == 0int);
    }
    assert(i < arr.len() as int);
    assert(arr[i] == cond[i]);
    assert(arr[arr.len() - i] == cond[i + 1]);
    assert(sum_true_skip_index == i);
    assert(sum_true_skip_index < arr.len());
    assert(arr[arr.len() - i] == cond[i + 1]);
}
// </vc-code>

}
fn main() {}