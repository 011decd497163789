// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    requires 
        discont == p@.len() - 1,
        period == period,
        discont@.len() > 0,
        p@.len() > 0,
    ensures 
        result.len() == p@.len() - 1,
// </vc-spec>
// <vc-code>
{
    p
}
// </vc-code>


}
fn main() {}