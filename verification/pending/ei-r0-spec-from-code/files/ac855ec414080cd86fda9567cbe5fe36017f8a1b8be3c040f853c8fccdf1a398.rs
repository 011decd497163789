// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
spec fn sorted_up_to(lst: &[i32], k: int) -> bool
{
    forall|i: int, j: int| 0 <= i && i < j && j < k ==> lst[i] <= lst[j]
}
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn is_sorted(lst: &[i32]) -> (result: bool)
    requires 
        lst.len() > 0,
    ensures 
        lst.len() == 1,
        result ==> sorted_up_to(lst.map(|k: int, v: i32| v as int), k as int),
        result ==> not exists|i: int, j: int| 0 <= i && i < j && j < k,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): added decreases clause to fix compilation error */
    let mut i = 1;
    while i < lst.len()
        invariant
            lst.len() == i as int,
            0 <= i && i < lst.len() ==> (sorted_up_to(lst.map(|k: int, v: i32| v as int), k as int) ==> !lst[i] <= lst[i] + i as int),
        decreases (lst.len() - i) as int
    {
        if lst[i - 1] > lst[i] {
            return false;
        }
        i += 1;
    }
    true
}
// </vc-code>

}
fn main() {}