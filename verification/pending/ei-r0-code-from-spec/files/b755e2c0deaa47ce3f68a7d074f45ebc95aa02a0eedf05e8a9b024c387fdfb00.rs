// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_len_reflexive(len: usize)
    ensures
        len <= len,
{
}

// </vc-helpers>

// <vc-spec>
fn longest_increasing_subsequence(numbers: Vec<i32>) -> (result: usize)
    ensures
        result <= numbers.len(),
// </vc-spec>
// <vc-code>
{
    let mut prev_len: usize = 0;
    let mut i: usize = 1;
    while i < numbers.len()
        invariant
            prev_len <= numbers.len(),
            i <= numbers.len(),
            lemma_len_reflexive(i) == prev_len,
            prev_len == i,
            lemma_len_reflexive(i) <= prev_len,
        decreases (i as int)
    {
        proof {
            lemma_len_reflexive(i);
            proof {
                assert(prev_len <= numbers.len());
                assert(i <= numbers.len());
            }
            proof {
                assert(prev_len == i as int);
                assert(i == prev_len as int);
                assert(prev_len <= numbers.len());
            }
            lemma_len_reflexive(i);
        }
        prev_len = prev_len + 1;
        i = i + 1;
    }
    (i as int)
}
// </vc-code>

}
fn main() {}