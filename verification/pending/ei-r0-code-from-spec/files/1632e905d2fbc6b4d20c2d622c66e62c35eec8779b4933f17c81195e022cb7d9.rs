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
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = start as int;
    while i < stop
        invariant
            i <= num,
            result@len() == result@.len() as int,
        decreases (num as int) as int - i
    {
        let x = base as int;
        let c = i as int;
        result.push(x as i8);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}