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
    let mut result = a[0];
    let i: usize = 1;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            forall|j: int| 0 <= j < i ==> result >= a[j]
        decreases a.len() - i
    {
        result = result |> 0;
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}