// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn min(a: Vec<i8>) -> (result: i8)
    requires a.len() > 0,
    ensures 
        exists|i: int| 0 <= i < a@.len() && result as int == a@[i],
        forall|i: int| 0 <= i < a@.len() ==> result as int <= a@[i]
// </vc-spec>
// <vc-code>
{
    let mut res: i8 = 0;
    while res < a.len()
        invariant
            res <= a.len(),
            a.len() == res,
            forall|i: int| 0 <= i < res as int ==> res as int <= a@[i]
        decreases a.len() - res
    {
        res = res - 1;
    }
    
    res
}
// </vc-code>


}
fn main() {}