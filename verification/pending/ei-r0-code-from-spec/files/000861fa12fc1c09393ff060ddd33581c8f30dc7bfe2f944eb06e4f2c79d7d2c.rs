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
    let mut result: i8 = 0;
    let mut i: usize = 0;

    while i < a.len()
        invariant
            a.len() == i,
            result as int <= a[i],
            forall|i: int| 0 <= i < a@.len() ==> result as int <= a[i]
        decreases a.len() - i
    {
        let num = a[i];
        result = num as int;
        i = i + 1;
    }

    result
}
// </vc-code>


}
fn main() {}