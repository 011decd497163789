// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    requires 
        discont > 0,
        period > 0,
    ensures
        result.len() == p.len(),
        /* First element is unchanged (if array is non-empty) */
        p.len() > 0 ==> result@[0] == p@[0],
// </vc-spec>
// <vc-code>
{
    let mut result = Vec::new();
    let mut i = 0;
    while i < p.len()
        invariant
            i <= p.len(),
            result.len() == i,
            /* Iteration beyond the length is never used */
            result@.len() == 0,
            i <= p.len(),
            result@.len() == period,
            result@[0] == p@[0],
        decreases p.len() - i
    {
        let v = p[i];
        result.push(v);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}