// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn min(a: Vec<i8>) -> (result: i8)
    requires a.len() > 0,
    ensures 
        exists|i: int| 0 <= i < a@.len() && result as int == a@[i],
        forall|i: int| 0 <= i < a@.len() ==> result as int <= a@[i]
// </vc-spec>
// <vc-code>
{
    let min_val = a[0];
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            min_val <= a[i],
            min_val == a[i],
            i < a.len(),
        decreases a.len() - i
    {
        if a[i] < min_val {
            min_val = a[i];
            i = i + 1;
        }
    }
    min_val
}
// </vc-code>


}
fn main() {}