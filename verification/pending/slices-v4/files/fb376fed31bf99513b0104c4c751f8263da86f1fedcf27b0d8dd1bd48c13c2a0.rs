#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::seq::*;


verus! {

// ANCHOR: pow_concrete
// Naive definition of exponentiation
spec fn pow(base: nat, exp: nat) -> nat
    decreases exp,
{
    if exp == 0 {
        1
    } else {
        base * pow(base, (exp - 1) as nat)
    }
}

proof fn concrete_pow() {
    assert(pow(2, 8) == 256) by (compute);  // Assertion 1
    assert(pow(2, 9) == 512);  // Assertion 2
    assert(pow(2, 8) == 256) by (compute_only);  // Assertion 3
}
// ANCHOR_END: pow_concrete

/*
// ANCHOR: let_fails
let x = 2;
assert(pow(2, x) == 4) by (compute_only);
// ANCHOR_END: let_fails
*/

// ANCHOR: let_passes
// ANCHOR_END: let_passes

// ANCHOR: seq_example
// ANCHOR_END: seq_example

// ANCHOR: fibonacci_memoize

// ANCHOR_END: fibonacci_memoize

// ANCHOR: all_spec
use vstd::compute::RangeAll;


// ANCHOR_END: all_spec

} // verus!
