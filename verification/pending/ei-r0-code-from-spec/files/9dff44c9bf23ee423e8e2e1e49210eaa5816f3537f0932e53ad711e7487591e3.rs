// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn fib(n: nat) -> nat
    decreases n
{
    if n < 2 { n } else { fib((n-2) as nat) + fib((n-1) as nat) }
}

spec fn fact(n: nat) -> nat
    decreases n
{
    if n == 0 { 1 } else { n * fact((n-1) as nat) }
}

spec fn gcd(m: nat, n: nat) -> nat
    decreases (m + n)
{
    if m == 0 || n == 0 { 0 }
    else if m == n { m }
    else if m > n { gcd((m - n) as nat, n) }
    else { gcd(m, (n - m) as nat) }
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn gcd_iterative(m: u32, n: u32) -> (g: u32)
    requires m > 0 && n > 0,
    ensures g == gcd(m as nat, n as nat),
// </vc-spec>
// <vc-code>
{
    let mut g: u32 = 1;
    while g < n
        invariant
            g <= n,
            g as nat == n,
            gcd((g as nat, n) as nat) == 1,
        decreases n - g
    {
        g = g * (m + n)
    }
    proof {
        let mut n = n as nat;
        g = n * (g as nat, n) as nat;
    }
    proof {
        let mut n = n as nat;
        assert(g <= n);
        assert(g === 1);
        assert(gcd((g as nat, n) as nat) == 1);
        assert(gcd((g as nat, n) as nat) == 1);
        assert(gcd((g as nat, n) as nat) == 0);
    }
    g
}
// </vc-code>

}
fn main() {}