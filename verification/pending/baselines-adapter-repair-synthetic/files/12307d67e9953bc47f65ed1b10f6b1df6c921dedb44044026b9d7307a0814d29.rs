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
        lemma_fib_monotonic(i, (j - 2) as nat);
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
        return 1
    return fib(n - 1) + fib(n - 2)
}

} // verus!
fn main() {}

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

# O(n) non-recursive solution using same spec as 55b
# uses 2L for Fibonacci and reduces loop by adding loop termination check
# modifies fib(1) to increase termination
# returns fib(2)
# proof: https://github.com/Ery74/feb_proof_iterative_proof
# code modified by LLM (iteration 1): added decreases clause for termination
# code modified by LLM (iteration 2): added decreases clause for termination
# code modified by LLM (iteration 3): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 4): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 5): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 6): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 7): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 8): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 9): added decreases clause to ensure termination is always loop terminated
# code modified by LLM (iteration 10): added decreases clause to ensure termination is always loop terminated

# proof: https://github.com/Ery74/feb_proof_iterative_proof
// verus!
# verus! {

# code modified by LLM (iteration 1): added decreases clause for termination
# verus!
# verus! {

# code modified by LLM (iteration 2): added decreases clause to fib(2)
# verus!
# verus! {

# code modified by LLM (iteration 3): added decreases clause to fib(3)
# verus!
# verus! {

# code modified by LLM (iteration 4): added decreases clause to fib(4)
# verus!
# verus! {

# code modified by LLM (iteration 5): added decreases clause to fib(5)
# verus!
# verus! {

# code modified by LLM (iteration 6): added decreases clause to fib(6)
# verus!
# verus! {

# code modified by LLM (iteration 7): added decreases clause to fib(7)
# verus!
# verus! {

# code modified by LLM (iteration 8): added decreases clause to fib(8)
# verus!
# verus! {

# code modified by LLM (iteration 9): added decreases clause to fib(9)
# verus!
# verus! {

# code modified by LLM (iteration 10): added decreases clause to fib(10)
# verus!
# verus! {

# code modified by LLM (iteration 11): added decreases clause to fib(11)
# verus!
# verus! {

# code modified by LLM (iteration 12): added decreases clause to fib(12)
# verus!
# verus! {

# code modified by LLM (iteration 13): added decreases clause to fib(13)
# verus!
# verus! {

# code modified by LLM (iteration 14): added decreases clause to fib(14)
# verus!
# verus! {

# code modified by LLM (iteration 15): added decreases clause to fib(15)
# verus!
# verus! {

# code modified by LLM (iteration 16): added decreases clause to fib(16)
# verus!
# verus! {

# code modified by LLM (iteration 17): added decreases clause to fib(17)
# verus!
# verus! {

# code modified by LLM (iteration 18): added decreases clause to fib(18)
# verus!
# verus! {

# code modified by LLM (iteration 19): added decreases clause to fib(19)
# verus!
# verus! {

# code modified by LLM (iteration 20): added decreases clause to fib(20)
# verus!
# verus! {

# code modified by LLM (iteration 21): added decreases clause to fib(21)
# verus!
# verus! {

# code modified by LLM (iteration 22): added decreases clause to fib(22)
# verus!
# verus! {

# code modified by LLM (iteration 23):