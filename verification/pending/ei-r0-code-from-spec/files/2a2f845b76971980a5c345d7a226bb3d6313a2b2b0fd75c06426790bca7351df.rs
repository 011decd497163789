// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn contains_consecutive_numbers(a: &[i32]) -> (result: bool)
    requires a.len() > 0
    ensures result <==> exists|i: int| #![trigger a.spec_index(i)] 
        0 <= i < (a.len() as int) - 1 && a[i] + 1 == a[i + 1]
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut i = 0;
    while i < n
        invariant
            a.len() > 0,
            i <= n,
            forall i as int|i: int| #![trigger n] 0 <= i < (a.len() as int) - 1 && a[i] + 1 == a[i + 1]
            exists|j: int| #![trigger n] 0 <= j < i && a[j] + 1 == a[j + 1],
            result <==> a[i + 1] + 1,
            i <= n,
        decreases n - 1 as int
    {
        if a[i] + 1 == a[i + 1] {
            result = false;
        }
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}