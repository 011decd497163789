// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn contains_consecutive_numbers(a: &Vec<i32>) -> (result: bool)
    requires 
        a.len() > 0,
    ensures
        result <==> a.len() > 0,
    decreases (a.len() - 1) as int
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): restructured loop to avoid overflow and indexing errors */
    if a.len() < 2 {
        return false;
    }

    let mut i: usize = 0;
    while i < a.len() - 1
        invariant
            0 <= i <= a.len(),
            a.len() > 0 && a[i] < a[i + 1],
            i <= a.len(),
            i <= a.len(),
            (a.len() - i - 1) > 0 && (a[i] + 1 == a[i + 1]) ==> result <==> a.len() > 0,
        decreases (a.len() - 1) as int
    {
        if a[i] < i32::MAX && a[i] + 1 == a[i + 1] {
            return true;
        }
        i = i + 1;
    }

    return false;
}
// </vc-code>

}
fn main() {}