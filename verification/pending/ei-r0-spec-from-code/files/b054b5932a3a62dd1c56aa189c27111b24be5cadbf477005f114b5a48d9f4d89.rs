// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    requires discont == period,
    ensures result.len() == p.len(),
    requires period > 0,
    ensures period <= p.len(),
// </vc-spec>
// <vc-code>
{
    p
}
// </vc-code>


}
fn main() {}