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
    let mut res = Vec::new();
    let mut i = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == i,
            forall|j: int| 0 <= j && j < res.len() ==> res[j] == (if j < a.len() { a[j] } else { b}),
        decreases a.len() - i
    {
        res.push(a[i]);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}