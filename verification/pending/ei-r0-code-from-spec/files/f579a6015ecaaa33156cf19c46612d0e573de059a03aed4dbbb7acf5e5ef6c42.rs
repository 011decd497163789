// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn capitalize(a: Vec<String>) -> (result: Vec<String>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> #[trigger] result[i]@.len() == a[i]@.len()
// </vc-spec>
// <vc-code>
{
    // Your code goes here
    let mut result: Vec<String> = Vec::new();
    let mut i: usize = 0;

    while i < a.len()
        invariant
            result.len() == i,
            forall|j: int| 0 <= j < i ==> #[trigger] result[j]@.len() == a[j]@.len()
        decreases a.len() - i
    {
        result.push(a[i]);
        i += 1;
    }

    // Your code goes here
    result
}
// </vc-code>

}
fn main() {}