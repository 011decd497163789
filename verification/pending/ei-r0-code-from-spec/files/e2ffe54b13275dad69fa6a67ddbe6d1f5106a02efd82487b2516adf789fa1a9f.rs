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
    /* code modified by LLM (iteration 2): added a loop invariant and checks if separator is an expression with length 1 */
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            arr.len() == i,
            result@.len() == i,
            result@.len() == arr.len(),
            result@[i] == separator.str@[i],
            result@[i] == ']' as char,
            result@[i] == '[' as char,
            i as int <= arr.len(),
            result@[i as int] == arr[i as int],
        decreases (arr.len() - i) as int
    {
        let c = arr[i];
        result.push(c);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}