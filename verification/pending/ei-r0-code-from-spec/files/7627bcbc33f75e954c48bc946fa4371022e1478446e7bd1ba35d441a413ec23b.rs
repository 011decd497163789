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
    let mut i: usize = 2i64;
    let mut n: usize = n as u32;
    while i < n
        invariant
            2 <= i <= n,
            n == i,
            n == i as int
        decreases n - i
    {
        if n == 1u32 {
            if one_u32() == 1u32() {
                return i;
            }
            i = i + 1;
        } else {
            let mut j: usize = i + 1;
            while j < n {
                if n == 1u32 {
                    if one_u32() == 1u32() {
                        return j;
                    }
                    j = j + 1;
                } else {
                    let mut k: usize = i + 1;
                    while k < n {
                        if one_u32() == 1u32() {
                            k = k + 1;
                        }
                        if n == 1u32 {
                            if is_prime_pred(k) {
                                return k;
                            }
                            return k;
                        } else {
                            if one_u32() == 1u32() {
                                return j;
                            }
                            j = j + 1;
                        }
                    }
                }
            }
            i = i + 1;
        }
        i = i + 1;
    }
    (1u32() as u32)
}
// </vc-code>

}
fn main() {}