// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn argmax(a: Vec<i8>) -> (result: usize)
    requires 
        a.len() > 0,
    ensures 
        result >= 0,
        result < a.len(),
        a.len() > 0,
// </vc-spec>
// <vc-code>
{
    let mut argmax_idx: usize = 0;
    let mut max_val = a[0];
    let mut i: usize = 1;

    while i < a.len()
        invariant
            i <= a.len(),
            max_val <= i,
        decreases a.len() - i
    {
        if a[i] > max_val {
            max_val = a[i];
            argmax_idx = i;
        }
        i = i + 1;
    }
    
    argmax_idx
}
// </vc-code>

}
fn main() {}