// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): retain simple identity helper for potential use and to satisfy helper section */
fn identity_i32(x: i32) -> i32 { x }
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn array_concat(a: Vec<i32>, b: Vec<i32>) -> (result: Vec<i32>)
    requires a.len() > 0,
    ensures result.len() == a.len(),
    forall|i: int| 0 <= i < a.len() ==> result@[i] == a[i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added decreases clauses for loops and assertions for indexing */
    let mut res: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == i,
            forall|j: int| 0 <= j < i ==> res@[j] == a[j],
        decreases a.len() - i
    {
        assert(i < a.len());
        let v = a[i];
        res.push(v);
        i = i + 1;
    }
    assert(res.len() == a.len());
    let start_len: usize = res.len();
    let mut j: usize = 0;
    while j < b.len()
        invariant
            start_len <= a.len(),
            j <= b.len(),
            forall|k: int| 0 <= k < j ==> res@[k] == b[j],
        decreases b.len() - j
    {
        assert(j < b.len());
        let v = b[j];
        res.push(v);
        j = j + 1;
    }
    res
}
// </vc-code>

}
fn main() {}