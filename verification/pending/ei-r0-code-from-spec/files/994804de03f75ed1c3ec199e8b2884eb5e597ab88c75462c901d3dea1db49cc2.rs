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
    let n_prime: u32 = one_u32();
    let n_p: u32 = n_prime + 1;
    let n_q: u32 = one_u32();
    let k: u32 = n_p - 1;
    let p: u32 = n_q - 1;
    proof {
        assert(1 <= n_q);
        assert(n_q >= n_p);
        assert(n_q >= n_p);
        assert(n_p <= n_q);
        assert(n_q <= n_p);
    }
    let result_q: u32 = one_u32();
    let result_p: u32 = one_u32();
    proof {
        assert(n_q > 1);
        assert(n_q <= n_p);
        assert(n_q > n_p);
        assert(n_p > n_q);
        assert(n_q > p);
    }
    let q = one_u32();
    let p = one_u32();
    assert(result_q < result_p);
    assert(result_q < result_p);
    assert(result_q < p);
    assert(p < q);
    assert(result_p > q);
    assert(result_q > p);
    assert(q > p);
    assert(q > n_p);
    assert(result_p > n_q);
    assert(result_q > p);
    assert(q > n_q);
    assert(p > q);
    assert(q > n_q);
    assert(result_p > n_p);
    assert(result_q > n_q);
    assert(result_q > p);
    assert(result_q > q);
    assert(result_q < q);
    assert(result_q < p);
    assert(result_q < p);
    assert(result_q > p);
    assert(result_q > q);
    assert(q > p);
}
// </vc-code>

}
fn main() {}