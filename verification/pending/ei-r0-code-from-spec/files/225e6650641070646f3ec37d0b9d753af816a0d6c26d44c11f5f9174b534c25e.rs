// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn choose(indices: Vec<u8>, choices: Vec<Vec<f64>>) -> (result: Vec<f64>)
    requires 
        indices.len() > 0,
        choices.len() > 0,
        forall|i: int| 0 <= i < indices@.len() ==> (indices[i] as int) < (choices@.len() as int),
        forall|j: int| 0 <= j < choices@.len() ==> choices[j]@.len() == indices@.len(),
    ensures 
        result@.len() == indices@.len(),
        forall|i: int| 0 <= i < indices@.len() ==> result[i] == choices[indices[i] as int][i],
// </vc-spec>
// <vc-code>
{
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < indices.len()
        invariant
            i <= indices.len(),
            forall|j: int| 0 <= j < indices@.len() ==> (indices@[j] as int) < (result@.len() as int),
            forall|j: int| 0 <= j < indices@.len() ==> result@.len() == indices@.len(),
        decreases indices.len() - i
    {
        result.push(indices[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}