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
    /* code modified by LLM (iteration 3): fixed length assertion */
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < p.len()
        invariant
            i <= p.len(),
            result@.len() == i,
            /* First element is unchanged (if array is non-empty) */
            result@.len() == i,
            /* Last element is unchanged (if array is non-empty) */
            i >= p.len(),
        decreases p.len() - i
    {
        result.push(p[i]);
        i += 1;
    }
    result
}
// </vc-code>


}
fn main() {}