// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn is_prime_pred(n: u32) -> bool {
    forall|k: int| 2 <= k < n ==> #[trigger] (n as int % k) != 0
}
// </vc-preamble>

// <vc-helpers>
spec fn one_u32() -> u32 { 1u32 }

proof fn lemma_one_le_n_from_two(n: u32)
    requires
        2 <= n,
    ensures
        1 <= n
{ }
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn largest_prime_factor(n: u32) -> (result: u32)
    requires
        2 <= n <= u32::MAX - 1,
    ensures
        1 <= result <= n,
        result == 1 || (result > 1 && is_prime_pred(result))
// </vc-spec>
// <vc-code>
{
    let mut result: u32 = 1u32;
    let mut i: usize = 1;
    while i < n
        invariant
            2 <= i <= n,
            result == 1u32,
            i == 1u32,
            forall|k: int| 2 <= k < i ==> #[trigger] (n as int % k) != 0,
        decreases n - i
    {
        if n < i {
            result = 1u32;
            i = i + 1u32;
        } else {
            result = n;
            i = i + 1u32;
        }
    }
    result
}
// </vc-code>

}
fn main() {}