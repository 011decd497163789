#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::seq::*;


verus! {

// ANCHOR: pow_concrete
// Naive definition of exponentiation

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
#[verifier::memoize]
spec fn fibonacci(n: nat) -> nat
    decreases n
{
    if n == 0 {
        0
    } else if n == 1 {
        1
    } else {
        fibonacci((n - 2) as nat) + fibonacci((n - 1) as nat)
    }
}

proof fn test_fibonacci() {
    assert(fibonacci(63) == 6557470319842) by(compute_only);
}
// ANCHOR_END: fibonacci_memoize

// ANCHOR: all_spec
use vstd::compute::RangeAll;


// ANCHOR_END: all_spec

} // verus!
