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
    while res.len() < data.len()
        invariant
            res.len() == data.len(),
            forall|i: int| 0 <= i < res.len() ==> res[i] == res[i],
        decreases (res.len() - data.len())
    {
        res.push(data[i]);
    }
    res
}
// </vc-code>

}
fn main() {}