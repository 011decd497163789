// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn hstack(a: Vec<f32>, b: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> result[i] == a[i],
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == a.len(),
            forall|j: int| 0 <= j < i ==> res[j] == a[i],
            i <= a.len(),
            forall|j: int| 0 <= j < i ==> res[j] == b[j],
        decreases a.len() - i
    {
        let x = a[i];
        res.push(x);
        i = i + 1;
    }
    let mut j: usize = 0;
    while j < b.len()
        invariant
            i <= b.len(),
            j <= b.len(),
            forall|k: int| 0 <= k < j ==> res[k] == b[j],
            i <= b.len(),
            forall|k: int| 0 <= k < j ==> res[k] == a[k],
        decreases b.len() - j
    {
        let x = b[j];
        res.push(x);
        j = j + 1;
    }
    res
}
// </vc-code>

}
fn main() {}