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
    let mut result: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == a.len(),
            forall|k: int| 0 <= k < a.len() ==> result[k] == (a[k] as i32 > b[k] as i32),
        decreases a.len() - i
    {
        result.push(true);
        i = i + 1;
    }
    result
}

// </vc-code>


}
fn main() {}