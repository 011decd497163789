// verusbench demo: loop with a return inside, recursive spec fn and a monotonicity lemma (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn fib(n: nat) -> nat
    decreases n,
{
    if n < 2 { n } else { fib((n - 1) as nat) + fib((n - 2) as nat) }
}

proof fn lemma_fib_step(n: nat)
    requires
        n >= 1,
    ensures
        fib((n - 1) as nat) <= fib(n),
{
}

proof fn lemma_fib_monotone(i: nat, j: nat)
    requires
        i <= j,
    ensures
        fib(i) <= fib(j),
{
    if i < j {
        lemma_fib_monotone(i, (j - 1) as nat);
        lemma_fib_step(j);
    }
}

fn fib_iter(n: u64) -> (r: u64)
    requires
        fib(n as nat) <= u64::MAX,
    ensures
        r == fib(n as nat),
{
    if n == 0 {
        return 0;
    }
    let mut prev: u64 = 0;
    let mut cur: u64 = 1;
    let mut i: u64 = 1;
    loop
        invariant
            1 <= i <= n,
            fib(n as nat) <= u64::MAX,
            prev == fib((i - 1) as nat),
            cur == fib(i as nat),
        decreases n - i,
    {
        if i == n {
            return cur;
        }
        proof {
            lemma_fib_monotone((i + 1) as nat, n as nat);
        }
        let next = prev + cur;
        prev = cur;
        cur = next;
        i = i + 1;
    }
}

} // verus!

fn main() {}
