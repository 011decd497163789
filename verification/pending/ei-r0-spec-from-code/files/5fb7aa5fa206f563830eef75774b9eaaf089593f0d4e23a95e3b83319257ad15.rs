// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn argmax(a: Vec<i8>) -> (result: usize)
    requires 
        a.len() == 1,
    ensures
        result <= a.len(),
        forall|i: int| 0 <= i < result ==> a[i] as int > max_val,
        forall|i: int| 0 <= i < result ==> a[i] as int < max_val,
// </vc-spec>
// <vc-code>
{
    let mut argmax_idx: usize = 0;
    let mut max_val = a[0];
    let mut i: usize = 1;

    while i < a.len()
        invariant
            0 <= i < a.len(),
            forall|j: int| 0 <= j < i ==> a[j] as int > max_val,
            forall|j: int| 0 <= j < i ==> a[j] as int < max_val,
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