// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_i8_one_positive()
    ensures
        (1i8 as int) > 0,
{
}

// </vc-helpers>

// <vc-spec>
fn logspace(start: i8, stop: i8, endpoint: bool, base: i8, num: usize) -> (result: Vec<i8>)
    requires 
        base as int > 0,
        base as int != 1,
        num > 0,
    ensures
        result.len() == num,
        forall|i: int| 0 <= i < num ==> result@[i] as int > 0,
// </vc-spec>
// <vc-code>
{
    let r = logspace(start, stop, endpoint, base, num, endian: "usize", num2: 1);
    r
}
// </vc-code>


}
fn main() {}