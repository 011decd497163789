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
    /* code modified by LLM (iteration 2): fixed invariant and added loop expression inside body */
    let mut result: i8 = 0;
    let mut i: usize = 0;
    while i < a.len()
        invariant
            exists|i: int| 0 <= i < a@.len() && result as int == a@[i],
            forall|i: int| 0 <= i < a@.len() ==> result as int <= a@[i]
        decreases a.len() - i
    {
        let old_i = i;
        result = a[old_i];
        i = old_i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}