// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_i32(x: i32) -> i32 { x }
// </vc-helpers>

// <vc-spec>
fn append(a: &Vec<i32>, b: i32) -> (result: Vec<i32>)
    requires 
        0 <= a.len() && a.len() > 0,
        0 <= b.len() && b.len() > 0,
    ensures
        0 <= result.len() && result.len() < a.len(),
        result.len() == a.len() && result[0] == b.len(),
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