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
    let mut result: Vec<i8> = Vec::new();
    result.push(arr[0]);
    result.push(arr[1]);
    result
}
// </vc-code>


}
fn main() {}