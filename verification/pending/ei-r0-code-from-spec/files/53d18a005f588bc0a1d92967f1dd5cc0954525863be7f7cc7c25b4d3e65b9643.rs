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
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < p.len()
        invariant
            i < p.len(),
            result@.len() == i,
            result@[0] == p@[0],
        decreases p.len() - i
    {
        let mut j: usize = 0;
        while j < period
            invariant
                j < period,
                result@.len() == i,
                result@[0] == p@[0],
            decreases period - j
        {
            result.push(p@[0]);
            j = j + 1;
        }
        result.push(p@[0]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}