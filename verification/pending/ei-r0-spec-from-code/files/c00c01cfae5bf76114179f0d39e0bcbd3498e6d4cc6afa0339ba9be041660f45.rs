// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_fix(x: Vec<f64>) -> (result: Vec<f64>)
    ensures 
        x@ == x@.map(|v: v64| f64(v)),
        forall|k: int| 0 <= k < x@.len() ==> x@[k] == f64(x@[k])
// </vc-spec>
// <vc-code>
{
    return x;
}
// </vc-code>

}
fn main() {}