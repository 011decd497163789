// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn is_odd(n: i32) -> bool {
    n % 2 == 1
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 5): fixed implementation to handle negative numbers using the remainder operator */
fn is_odd_exec(n: i32) -> (b: bool)
    ensures b == is_odd(n)
{
    n % 2 != 0
}
// </vc-helpers>

// <vc-spec>
fn is_odd_at_index_odd(a: &Vec<i32>) -> (result: bool)
    ensures
        result <==> (forall|i: int| 0 <= i < a.len() && i % 2 == 1 ==> is_odd(a[i as int])),
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            j < a.len(),
            i == j,
            j == 0,
            j <= a.len(),
        decreases a.len() - i
    {
        let k = a[i] / 2;
        if k % 2 == 1 {
            return (false as bool)
        } else {
            let n_ = a[i] / 2;
            if n_ % 2 == 1 {
                is_odd_exec(n);
            } else {
                is_odd_exec(n_ / 2);
            }
            i += 1;
        }
    }
    i
}
// </vc-code>

}
fn main() {}