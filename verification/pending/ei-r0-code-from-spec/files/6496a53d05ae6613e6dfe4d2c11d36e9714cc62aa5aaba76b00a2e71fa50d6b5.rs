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
    let n = a.len();
    let mut i: usize = 0;
    while i < n
        invariant
            n <= 2,
            i <= a.len(),
            i != 0,
            a.len() == n,
            i < a.len(),
            result >= a[i] ==> result >= a[0],
        decreases (a.len() - i) as int
    {
        let a[i] = a[i + 1];
        i += 1;
    }
    a[0]
}
// </vc-code>

}
fn main() {}