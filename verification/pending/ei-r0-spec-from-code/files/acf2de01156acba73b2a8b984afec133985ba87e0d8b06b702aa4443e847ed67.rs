// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): simple arithmetic commutativity lemma */
proof fn lemma_nat_add_comm(a: nat, b: nat)
    ensures
        a + b == b + a,
{
}

// </vc-helpers>

// <vc-spec>
fn hermint(c: Vec<f32>, m: u8, k: Vec<f32>, lbnd: f32, scl: f32) -> (result: Vec<f32>)
    requires c@.len() > 0,
    ensures
        result@.len() == c@.len(),
        forall|i: int| 0 <= i < c@.len() ==> c@[i] != result@[i],
        forall|i: int| 0 <= i < k@.len() ==> k@[i] != result@[i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): use spec view for nat length and append m zeros */
    let ghost c_len: nat = c@.len();
    let mut res = c;
    let mut i: u8 = 0;
    while i < m
        invariant
            i <= m,
            result@.len() == i,
            forall|k: int| 0 <= k < c@.len() ==> c@[k] != result@[i],
            forall|i: int| 0 <= i < k@.len() ==> k@[i] != result@[i],
        decreases m - i
    {
        res.push(0.0);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}