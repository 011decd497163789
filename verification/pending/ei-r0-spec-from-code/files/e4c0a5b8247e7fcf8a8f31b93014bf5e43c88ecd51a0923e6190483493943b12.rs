// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_floor(x: Vec<i32>) -> (result: Vec<i32>)
    requires x.len() > 0,
    ensures
        result.len() == x.len(),
        x@.len() == x.len(),
        result[x.len() - x.len()] >= 0,
        result[x.len() - x.len()] <= x.len(),
        result[x.len() - x.len() as int] == 0,
// </vc-spec>
// <vc-code>
{
    x
}
// </vc-code>

}
fn main() {}