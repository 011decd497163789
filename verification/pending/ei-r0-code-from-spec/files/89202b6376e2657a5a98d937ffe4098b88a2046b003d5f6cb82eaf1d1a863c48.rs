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
    let mut result = p;
    let mut i: usize = 0;
    while i < p.len()
        invariant
            result.len() == i,
            i <= p.len(),
            result@[i] == p@[i],
        decreases p.len() - i
    {
        result.push(p[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}