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
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            result@.len() == i,
            result@[i] == separator,
            result@[i] == ']' as char,
            result@[i] == arr[i],
        decreases (i + 1) as int
    {
        if arr[i] == separator {
            result.push(arr[i]);
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}