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
    requires
        c@.len() > 0,
    ensures
        result.len() == c@.len(),
        forall|i: int| 0 <= i < c@.len() ==> {
            /* check for length as 0, 1 or 2 */
            (c@.len() == 0 ==> result@.len() == 0)
            (c@.len() == 1 ==> result@.len() == 1)
            (c@.len() == 2 ==> result@.len() == 2)
        }
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): use spec view for nat length and append m zeros */
    let ghost c_len: nat = c@.len();
    let mut res = c;
    let mut i: u8 = 0;
    while i < m
        invariant
            0 <= i < m,
            0 <= i + 1 <= c@.len(),
            0 <= i <= c@.len() ==>
            (m@[i as int] * c@[i as int] == c@[i as int] * c@[i as int]),
            0 <= i <= c@.len() ==> {
                /* check for length as 0, 1 or 2 */
                (m@[i as int] == 0 ==> result@.len() == 0)
                (m@[i as int] == 1 ==> result@.len() == 1)
                (m@[i as int] == 2 ==> result@.len() == 2)
            }
        decreases c@.len() - i
    {
        res.push(0.0);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}