// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): index from end for length n and position i */
spec fn rev_index(n: nat, i: nat) -> int { n as int - 1 - i as int }
/* helper modified by LLM (iteration 3): bounds of rev_index when i < n */
proof fn lemma_rev_index_bounds(n: nat, i: nat)
    requires
        i < n,
    ensures
        0 <= rev_index(n, i) && rev_index(n, i) < n as int
{
    /* code modified by LLM (iteration 3): implement lemma with bounds and return result vector using bubble sort and assert bounds */
    let n: usize = s.len();
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            res.len() == i,
            n as int == res.len(),
            forall|j: int| 0 <= j && j < i as int ==> res@[j] == s@[(n as int) - 1 - j],
        decreases n as int - i as int
    {
        assert(i + 1 <= n);
        let k: usize = n - i - 1;
        assert(k < n);
        let ch = s[k];
        res.push(ch);
        i += 1;
        proof {
            assert(res@[k as int] == ch);
            assert((k as int) == (n as int) - 1 - k as int);
            assert(ch == s@[k as int]);
        }
    }
    res
}

// </vc-helpers>

// <vc-spec>
fn reverse_string(s: &Vec<char>) -> (result: Vec<char>)
    ensures
        result@.len() == s@.len(),
        forall|i: int| 0 <= i < s@.len() ==> result@[i] == s@[s@.len() - 1 - i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): build reversed vector by pushing elements from the end with loop invariants ensuring the spec */
    let n: usize = s.len();
    let mut out: Vec<char> = Vec::new();

    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            out.len() == i,
            s@.len() == n as int,
            forall|j: int| 0 <= j && j < i as int ==> out@[j] == s@[(n as int) - 1 - j],
        decreases n as int - i as int
    {
        assert(i + 1 <= n);
        let j: usize = n - i - 1;
        assert(j < n);
        let ch = s[j];
        out.push(ch);
        i += 1;
        proof {
            assert(out@[i as int - 1] == ch);
            assert((j as int) == (n as int) - 1 - ((i as int) - 1));
            assert(ch == s@[j as int]);
        }
    }
    assert(i == n);
    assert(s@.len() == n as int);
    out
}
// </vc-code>

}
fn main() {}