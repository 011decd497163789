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
    /* code modified by LLM (iteration 5): implemented a helper function that checks if n is odd using a remainder operator and returns true if n is odd, false otherwise */
    let mut result = 0;
    let mut i: usize = 1;
    while i < a.len()
        invariant
            0 <= i <= a.len()
        decreases a.len() - i
    {
        result = is_odd(a[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}