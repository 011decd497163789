// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
spec fn count_true(mask: Seq<bool>) -> nat
    decreases mask.len()
{
    if mask.len() == 0 {
        0
    } else {
        (if mask[0] { 1nat } else { 0nat }) + count_true(mask.skip(1))
    }
}

fn place(arr: Vec<f32>, mask: Vec<bool>, vals: Vec<f32>) -> (result: Vec<f32>)
    requires 
        arr.len() == mask.len(),
        vals.len() > 0,
    ensures 
        result.len() == arr.len(),
        forall|i: int| 0 <= i < arr.len() ==> !mask@[i] ==> result@[i] == arr@[i],
// </vc-spec>
// <vc-code>
{
    let mut result = arr.clone();
    let mut i: usize = 0;
    while i < mask.len()
        invariant
            i <= mask.len(),
            result.len() == mask.len(),
            forall|j: int| 0 <= j < i ==> !mask@[j] ==> result@[j] == arr@[j],
            result.len() == mask.len(),
            result.len() == result.len(),
        decreases mask.len()
    {
        result.push(vals[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}