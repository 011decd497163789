// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn array2string(arr: Vec<f32>, separator: &str) -> (result: Vec<char>)
    ensures
        result@.len() > 0,
        result@[0] == '[',
        result@[result@.len() - 1] == ']'
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added loop invariants and breaks the loop */
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            result@.len() == i,
            i <= arr.len(),
            result@[i] == separator,
            result@[i] == arr@[i],
            result@[result@.len()] == arr@[result@.len() - 1],
        decreases arr.len() - i
    {
        result.push(arr[i]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}