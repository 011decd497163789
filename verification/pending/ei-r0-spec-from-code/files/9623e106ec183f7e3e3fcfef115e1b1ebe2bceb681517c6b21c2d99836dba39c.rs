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
        forall|i: int| 0 <= i < a.len() ==> a[i] > max_val ==> result <= result * (1 as int) / (a@.len() as int),
    ensures 
        result >= 0,
// </vc-spec>
// <vc-code>
{
    let mut argmax_idx: usize = 0;
    let mut max_val = a[0];
    let mut i: usize = 1;

    while i < a.len()
        invariant
            i <= a.len(),
            result <= i,
            forall|j: int| 0 <= j < i ==> a[j] > max_val,
            forall|k: int| 0 <= k < i ==> a[k] > max_val,
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