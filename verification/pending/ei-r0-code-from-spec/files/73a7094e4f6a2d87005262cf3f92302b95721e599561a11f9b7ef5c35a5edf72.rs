// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn max(a: &[i32]) -> (result: i32)
    requires a.len() > 0
    ensures forall|j: int| 0 <= j < a.len() ==> result >= a[j]
// </vc-spec>
// <vc-code>
{
    let max_val = a[0];
    let i = 1;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            max_val <= i,
            forall|j: int| 0 <= j < i ==> max_val >= a[j]
        decreases a.len() - i
    {
        max_val = max(max_val, a[i]);
        i = i + 1;
    }
    max_val
}
// </vc-code>

}
fn main() {}