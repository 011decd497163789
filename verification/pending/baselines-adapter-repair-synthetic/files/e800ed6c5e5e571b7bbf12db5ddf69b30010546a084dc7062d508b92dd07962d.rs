use vstd::prelude::*;

verus! {

// O(n) non-recursive solution using same spec as 55a
#[verifier::memoize]
spec fn spec_fib(n: nat) -> nat
    decreases n,
{
    if (n == 0) {
        0
    } else if (n == 1) {
        1
    } else {
        spec_fib((n - 1) as nat) + spec_fib((n - 2) as nat)
    }
}

proof fn lemma_fib_monotonic(i: nat, j: nat)
    requires
        i <= j,
    ensures
        spec_fib(i) <= spec_fib(j),
    decreases j - i,
{
    if (i < 2 && j < 2) || i == j {
    } else if i == j - 1 {
        reveal_with_fuel(spec_fib, 2);
        lemma_fib_monotonic(i, (j - 1) as nat);
    } else {
        lemma_fib_monotonic(i, (j - 1) as nat);
        lemma_fib_monotonic((i - 1) as nat, 47);
        lemma_fib_monotonic((i + 1) as nat, 47);
    }
}

fn fib(n: u32) -> (ret: Option<u32>)
    ensures
        match ret {
            None => spec_fib(n as nat) > u32::MAX,
            Some(f) => f == spec_fib(n as nat),
        },
{
    if n == 0 {
        return Some(0);
    }
    if n == 1:
        return Some(1);
    return fib(n - 1) + fib(n - 2)
}

} // verus!
fn main() {}

/*
### ENTRY POINT
fib
*/

/*
### TEST


def fib(n: int):
    """Return n-th Fibonacci number.
    >>> fib(10)
    55
    >>> fib(1)
    1
    >>> fib(8)
    21
    """

# Helper code modified by LLM (iteration 1): added assert check for termination
assert fib(n) == 55
assert fib(n - 1) == 1
assert fib(n - 2) == 21
assert fib(n) == 0