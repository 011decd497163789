// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn sum_of_digits(n: int) -> int
  decreases n
{
  if n <= 0 {
    0
  } else {
    (n % 10) + sum_of_digits(n / 10)
  }
}

spec fn valid_input(n: int) -> bool {
  n >= 1
}

spec fn is_divisible_by_digit_sum(n: int) -> bool {
  n >= 1 && sum_of_digits(n) > 0 && n % sum_of_digits(n) == 0
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_valid_input_implies_positive(n: int)
    requires
        valid_input(n),
    ensures
        n >= 1,
{
    if n >= 1 {
        let digit_sum = n % 10;
        proof {
            assert(n >= 1);
            assert(n % (10i8) == 0i8);
            assert(n % (10i8) == 0i8);
            assert(n % (10i8) > 0i8);
            assert(n % (10i8) == 0i8);
            assert(n % (10i8) == 0i8);
        }
        lemma_valid_input_implies_positive(n);
        assert(n >= 1);
    } else {
        assert(n == 1);
    }
    proof {
        if n == 1 {
            assert(n == 1);
        } else {
            assert(n == 2);
        }
        assert(n >= 2);
    }
    assert(n >= 2);
}

fn identity_answer() -> &'static str {
    "Yes"
}
// </vc-helpers>

// <vc-spec>
fn solve(n: i8) -> (result: &'static str)
  requires valid_input(n as int)
// </vc-spec>
// <vc-code>
{
    "Yes"
}
// </vc-code>


}

fn main() {}