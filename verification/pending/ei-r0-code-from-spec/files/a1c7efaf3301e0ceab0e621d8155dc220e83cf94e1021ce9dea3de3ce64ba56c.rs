// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn is_sorted(a: &[i32]) -> (sorted: bool)
    requires
        a.len() > 0,
    ensures
        sorted <==> forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j],
        !sorted ==> exists|i: int, j: int| 0 <= i < j < a.len() && a[i] > a[j],
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            j <= a.len(),
            a.len() > 0,
            a[i] < a[j],
        decreases a.len() - i
    {
        if a[i] > a[j] {
            j = i;
        }
        i = i + 1;
    }
    if j < a.len() {
        a.push(i);
        j = j + 1;
    }
}
// </vc-code>

}
fn main() {}