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

// ANCHOR_END: fibonacci_memoize

// ANCHOR: all_spec
use vstd::compute::RangeAll;

spec fn p(u: usize) -> bool {
    u >> 8 == 0
}

proof fn range_property(u: usize)
    requires 25 <= u < 100,
    ensures p(u),
{
    assert((25..100int).all_spec(|x| p(x as usize))) by (compute_only);
    let prop = |x| p(x as usize);
    assert(prop(u));
}
// ANCHOR_END: all_spec

} // verus!
