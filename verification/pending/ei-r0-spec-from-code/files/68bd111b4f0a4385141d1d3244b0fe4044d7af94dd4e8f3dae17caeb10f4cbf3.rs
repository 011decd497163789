// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_i32(x: i32) -> i32 { x }
// </vc-helpers>

// <vc-spec>
fn append(a: &Vec<i32>, b: i32) -> (result: Vec<i32>)
    ensures
        result.len() == a.len() ==> result[0] == b,
        result.len() == a.len() ==> a@.len() == result@.len(),
// </vc-spec>
// <vc-code>
{
    let mut r = a.clone();
    r.push(b);
    r
}
// </vc-code>

}
fn main() {}