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
    let mut result = a[0];
    let mut i: usize = 1;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            result == a[i],
            forall|j: int| 0 <= j < i as int ==> result as int <= a[j]
        decreases a.len() - i
    {
        if i <= a.len() - 1 {
            result = min(result, a[i]);
        }
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}