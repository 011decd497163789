// verusbench demo: recursive spec fn, lemma with decreases, while loop (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn triangle(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else { n + triangle((n - 1) as nat) }
}

proof fn lemma_triangle_closed_form(n: nat)
    ensures
        2 * triangle(n) == n * (n + 1),
    decreases n,
{
    if n > 0 {
        lemma_triangle_closed_form((n - 1) as nat);
    }
}

proof fn lemma_triangle_monotone(i: nat, j: nat)
    requires
        i <= j,
    ensures
        triangle(i) <= triangle(j),
    decreases j - i,
{
    if i < j {
        lemma_triangle_monotone(i, (j - 1) as nat);
    }
}

fn sum_to(n: u32) -> (s: u64)
    requires
        n <= 100_000,
    ensures
        s == triangle(n as nat),
{
    let mut s: u64 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant
            i <= n,
            n <= 100_000,
            s == triangle(i as nat),
        decreases n - i,
    {
        i = i + 1;
        proof {
            lemma_triangle_closed_form(i as nat);
            assert(i * (i + 1) <= 100_000 * 100_001) by (nonlinear_arith)
                requires
                    0 <= i <= 100_000,
            ;
        }
        s = s + i as u64;
    }
    s
}

fn closed_form(n: u32) -> (s: u64)
    ensures
        s == triangle(n as nat),
{
    proof {
        lemma_triangle_closed_form(n as nat);
        assert(n * (n + 1) <= 0xffff_ffff * 0x1_0000_0000) by (nonlinear_arith)
            requires
                0 <= n <= 0xffff_ffff,
        ;
    }
    let n64 = n as u64;
    n64 * (n64 + 1) / 2
}

} // verus!

fn main() {}
