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
proof fn seq_example(a: Seq<int>, b: Seq<int>, c: Seq<int>, d: Seq<int>) {
    assert(seq![a, b, c, d] =~= seq![a, b].add(seq![c, d])) by (compute_only);
}
// ANCHOR_END: seq_example

// ANCHOR: fibonacci_memoize

// ANCHOR_END: fibonacci_memoize

// ANCHOR: all_spec
use vstd::compute::RangeAll;


// ANCHOR_END: all_spec

} // verus!
