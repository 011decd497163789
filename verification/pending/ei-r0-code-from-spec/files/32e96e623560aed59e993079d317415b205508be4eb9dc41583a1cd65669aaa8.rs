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
    let mut result = true;
    let mut i = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result <= a.len(),
            result == a[i],
        decreases a.len() - i as int
    {
        let a[i] = a[i + 1];
        result = result || a[i];
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}