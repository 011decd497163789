// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): lemma about usize-to-int ordering for bounds */
proof fn lemma_usize_lt_implies_int_lt(i: usize, n: usize)
    ensures
        i < n ==> (i as int) < (n as int),
{
}

// </vc-helpers>

// <vc-spec>
fn greater(a: Vec<i8>, b: Vec<i8>) -> (result: Vec<bool>)
    requires a.len() == b.len(),
    ensures 
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> result[i] == (a[i] as i32 > b[i] as i32)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): implement proof by proof for invariants using assert and proof blocks */
    let mut result: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < b.len()
        invariant
            b.len() == i,
            forall|k: int| 0 <= k < i as int ==> result[k] == (a[k] as i32 > b[k] as i32),
            b.len() == i as int,
            forall|k: int| 0 <= k < i as int ==> result[k] == (b[k] as i32 > a[k] as i32),
        decreases b.len() - i
    {
        proof {
            lemma_usize_lt_implies_int_lt(i, a.len());
            lemma_usize_lt_implies_int_lt(j, b.len());
            lemma_usize_lt_implies_int_lt(i + 1, b.len());
            lemma_usize_lt_implies_int_lt(j + 1, b.len());
        }
        result.push(a[i]);
        i = i + 1;
    }
    result
}

// </vc-code>


}
fn main() {}