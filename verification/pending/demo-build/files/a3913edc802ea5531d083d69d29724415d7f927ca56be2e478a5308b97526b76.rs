// verusbench demo: recursive spec pow, lemmas with nonlinear steps, exec loop with overflow bound (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn pow(base: nat, e: nat) -> nat
    decreases e,
{
    if e == 0 { 1 } else { base * pow(base, (e - 1) as nat) }
}

proof fn lemma_pow_positive(base: nat, e: nat)
    requires
        base > 0,
    ensures
        pow(base, e) > 0,
    decreases e,
{
    if e > 0 {
        lemma_pow_positive(base, (e - 1) as nat);
        assert(base * pow(base, (e - 1) as nat) > 0) by (nonlinear_arith)
            requires
                base > 0,
                pow(base, (e - 1) as nat) > 0,
        ;
    }
}

proof fn lemma_pow_monotone_exp(base: nat, e1: nat, e2: nat)
    requires
        base >= 1,
        e1 <= e2,
    ensures
        pow(base, e1) <= pow(base, e2),
    decreases e2 - e1,
{
    if e1 < e2 {
        lemma_pow_monotone_exp(base, e1, (e2 - 1) as nat);
        lemma_pow_positive(base, (e2 - 1) as nat);
        assert(pow(base, (e2 - 1) as nat) <= base * pow(base, (e2 - 1) as nat)) by (nonlinear_arith)
            requires
                base >= 1,
                pow(base, (e2 - 1) as nat) > 0,
        ;
    }
}

fn pow_iter(base: u64, e: u32) -> (r: u64)
    requires
        base >= 1,
        pow(base as nat, e as nat) <= u64::MAX,
    ensures
        r == pow(base as nat, e as nat),
{
    let mut r: u64 = 1;
    let mut i: u32 = 0;
    while i < e
        invariant
            i <= e,
            base >= 1,
            pow(base as nat, e as nat) <= u64::MAX,
            r == pow(base as nat, i as nat),
        decreases e - i,
    {
        proof {
            // r * base is pow(base, i + 1) (one unfolding of pow), which is <= pow(base, e)
            lemma_pow_monotone_exp(base as nat, (i + 1) as nat, e as nat);
            assert((r as nat) * (base as nat) == pow(base as nat, (i + 1) as nat)) by (nonlinear_arith)
                requires
                    r as nat == pow(base as nat, i as nat),
                    pow(base as nat, (i + 1) as nat) == base as nat * pow(base as nat, i as nat),
            ;
        }
        r = r * base;
        i = i + 1;
    }
    r
}

} // verus!

fn main() {}
