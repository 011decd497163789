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
    /* code modified by LLM (iteration 2): added loop invariants */
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < p.len()
        invariant
            i <= p.len(),
            result@[i] == p@[i],
            result.len() == i,
            i <= p.len(),
        decreases p.len() - i
    {
        let mut j: usize = 0;
        while j < period
            invariant
                j <= period,
                result@[j] == p@[j],
                result@[j] == p@[j + 1],
            decreases period - j
        {
            result.push(p@[j]);
            j += 1;
        }
    }
    result
}
// </vc-code>


}
fn main() {}