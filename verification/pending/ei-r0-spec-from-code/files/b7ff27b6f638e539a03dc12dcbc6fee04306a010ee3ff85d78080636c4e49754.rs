// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    ensures
        result.len() == p.len() - period,
        p.len() == discont.len() - period,
        result[period] == discont[period],
// </vc-spec>
// <vc-code>
{
    p
}
// </vc-code>


}
fn main() {}