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
    ensures
        lst.len() == 1 ==> result == true,
        lst.len() > 1 ==> result == false,
    decreases lst.len() - 1 as int as int
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): added decreases clause to fix compilation error */
    let mut i = 1;
    while i < lst.len()
        invariant
            i <= lst.len(),
            i <= lst.len() - 1,
        decreases lst.len() - 1 as int as int
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