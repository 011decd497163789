// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn argmax(a: Vec<i8>) -> (result: usize)
    requires a.len() > 0,
    ensures result >= 0
// </vc-spec>
// <vc-code>
{
    let mut argmax_idx: usize = 0;
    let mut max_val = a[0];
    let mut i: usize = 1;

    while i < a.len()
        invariant
            0 <= i as int,
            0 <= max_val as int,
            i as int <= result as int,
            result as int <= a[0] as int,
            forall|k: int| 0 <= k < i as int ==> 0 <= i as int < result as int,
            forall|k: int| 0 <= k < result as int ==> 0 <= result as int < a[0] as int,
            forall|k: int| 0 <= k < result as int ==> 0 <= result as int < max_val as int,
            forall|k: int| 0 <= k < result as int ==> 0 <= result as int < a[0] as int,
            forall|k: int| 0 <= k < result as int ==> 0 <= result as int < max_val as int,
            forall|k: int| 0 <= k < result as int ==> 0 <= result as int < max_val as int,
        decreases a.len() - i as int
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