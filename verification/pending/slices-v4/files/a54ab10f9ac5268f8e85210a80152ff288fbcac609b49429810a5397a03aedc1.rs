// Some of the lemmas are ported from the following:
// https://github.com/dafny-lang/libraries/blob/master/src/NonlinearArithmetic/Power2.dfy
// https://github.com/dafny-lang/libraries/blob/master/src/NonlinearArithmetic/Power.dfy
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {



spec fn pow2(e: nat) -> nat
    decreases (e),
{
    if e == 0 {
        1
    } else {
        2 * pow2((e - 1) as nat)
    }
}



// (2^e - 1) / 2 = 2^(e - 1) - 1

proof fn lemma_pow2_2e(e: nat)
    requires
        e > 0,
    ensures
        (pow2(2 * e)) == 4 * pow2(2 * ((e - 1) as nat)),
    decreases e,
{
    reveal_with_fuel(pow2, 3);
    if e == 1 {
        assert(pow2(2) == 4);
    } else {
        lemma_pow2_2e((e - 1) as nat)
    }
}





} // verus!
