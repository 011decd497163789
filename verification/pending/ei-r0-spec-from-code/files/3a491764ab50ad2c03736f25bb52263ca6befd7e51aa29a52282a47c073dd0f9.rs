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
        result ==> forall|i: int| 0 <= i < a.len() ==> a[i] < a[i + 1],
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
            0 <= i < a.len(),
            a.len() > 0,
        decreases (a.len() - i) as int
        ==> a[i] < a[i + 1]
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