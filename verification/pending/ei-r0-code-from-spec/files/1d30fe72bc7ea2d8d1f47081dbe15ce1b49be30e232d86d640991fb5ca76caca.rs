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
    let n: i32 = n;
    let mut result: bool = true;
    let mut i: usize = 0;

    while i < n
        invariant
            i <= n as int,
            result.length <= n,
            forall|j: int| 0 <= j < i as int && j % 2 == 1 ==> is_odd(a[j as int]),
        decreases n as int - i
    {
        result = result as bool;
        if is_odd(a[i as int]) {
            result = result as bool;
        }
        i = i + 1;
    }

    result
}
// </vc-code>

}
fn main() {}