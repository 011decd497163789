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
    /* code modified by LLM (iteration 2): fix length invariant and use cast to prevent type coercion */
    let mut v: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < b.len()
        invariant
            i <= b.len(),
            v.len() == i,
            forall|j: int| 0 <= j < i as int ==> v[j] == (b[j] as int > a[j] as int),
        decreases b.len() - i
    {
        v.push(a[i]);
        i = i + 1;
    }
    v
}

// </vc-code>


}
fn main() {}