// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nan_to_num(x: Vec<f64>) -> (result: Vec<f64>)
    ensures
        x.len() == result.len(),
        forall|i: int| 0 <= i < result.len() ==>
            x[i] as int == result[i] as int,
        forall|i: int| 0 <= i < result.len() ==>
            x[i] as int == 0,
// </vc-spec>
// <vc-code>
{
    x
}
// </vc-code>

}
fn main() {}