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
    let n: usize = numbers.len();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            len <= n,
            i <= n,
            n == i,
            n == len,
            n == 0,
            n == 0,
        decreases (n - i) as int
    {
        let j = i;
        let lenj: usize = i + 1;
        if j < lenj {
            assert(j == n);
        }
        proof {
            assert(j == n);
            assert(i == n);
            assert(i + 1 <= lenj);
            assert(j <= lenj);
            assert(lenj < lenj);
        }
        proof {
            assert(j == n);
        }
        assert(i == i + 1);
        assert(j == i + 1);
        i = i + 1;
        proof {
            assert(j == i);
        }
    }
    (n, n)
}
// </vc-code>

}
fn main() {}