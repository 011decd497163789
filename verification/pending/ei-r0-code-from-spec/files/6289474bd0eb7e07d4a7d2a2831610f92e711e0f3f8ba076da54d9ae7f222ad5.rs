// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn copy(arr: &Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == arr.len(),
        forall|i: int| 0 <= i < arr.len() ==> result[i] as int == arr[i] as int,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): added loop invariants and decreases clause to prevent out-of-bounds errors */
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            result.len() == arr.len(),
            forall|k: int| 0 <= k < i as int ==> result[k] as int == arr[k] as int,
        decreases arr.len() - i
    {
        result.push(arr[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}