// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn array(data: Vec<f64>) -> (result: Vec<f64>)
    ensures
        result.len() == data.len(),
        forall|i: int| 0 <= i < data.len() ==> result[i] == data[i],
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<f64> = Vec::new();
    let mut i: usize = 0;
    while i < data.len()
        invariant
            res.len() == i,
            forall|j: int| 0 <= j && j < res.len() ==> res[j] == data[j],
        decreases (i as int) as int
    {
        res.push(data[i]);
        i += 1;
    }
    res
}
// </vc-code>

}
fn main() {}