// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn array_append(a: Vec<i32>, b: i32) -> (result: Vec<i32>)
    ensures
        result.len() == a.len() + 1,
        forall|i: int| #![auto] 0 <= i && i < result.len() ==> result[i] == (if i < a.len() { a[i] } else { b }),
// </vc-spec>
// <vc-code>
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == i,
        decreases a.len() - i
    {
        let mut j: usize = 0;
        while j < b
            invariant
                result.len() == i + 1,
                result[i] == (if j < a.len() { a[j] } else { b}),
            decreases b - i - 1
        {
            if a[i] < b[j] {
                result.push(a[i]);
            }
            j += 1;
        }
        result.push(b[j]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}