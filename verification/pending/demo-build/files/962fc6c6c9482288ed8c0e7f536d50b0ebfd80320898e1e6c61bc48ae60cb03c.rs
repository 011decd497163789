// verusbench demo: exec recursion with decreases, matching a recursive spec fn (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn gcd_spec(a: nat, b: nat) -> nat
    decreases b,
{
    if b == 0 { a } else { gcd_spec(b, a % b) }
}

fn gcd(a: u64, b: u64) -> (r: u64)
    ensures
        r == gcd_spec(a as nat, b as nat),
    decreases b,
{
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

proof fn lemma_gcd_zero_right(a: nat)
    ensures
        gcd_spec(a, 0) == a,
{
}

proof fn lemma_gcd_self(a: nat)
    requires
        a > 0,
    ensures
        gcd_spec(a, a) == a,
{
    assert(a % a == 0) by (nonlinear_arith)
        requires
            a > 0,
    ;
    assert(gcd_spec(a, 0) == a);
}

fn gcd_iter(a: u64, b: u64) -> (r: u64)
    ensures
        r == gcd_spec(a as nat, b as nat),
{
    let mut x = a;
    let mut y = b;
    while y != 0
        invariant
            gcd_spec(x as nat, y as nat) == gcd_spec(a as nat, b as nat),
    {
        let t = x % y;
        x = y;
        y = t;
    }
    x
}

} // verus!

fn main() {}
