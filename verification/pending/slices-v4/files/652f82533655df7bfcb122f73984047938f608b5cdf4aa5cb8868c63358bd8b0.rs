// rust_verify/tests/example.rs
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
use vstd::prelude::*;

verus! {

/*
// ANCHOR: compute_sum_fails
fn compute_sum_fails(x: u64, y: u64) -> (result: u64)
    ensures
        result == x + y,
{
    x + y  // error: possible arithmetic underflow/overflow
}
// ANCHOR_END: compute_sum_fails
*/

// ANCHOR: compute_sum_limited
fn compute_sum_limited(x: u64, y: u64) -> (result: u64)
    requires
        x < 1000000,
        y < 1000000,
    ensures
        result == x + y,
{
    x + y
}
// ANCHOR_END: compute_sum_limited

// ANCHOR: compute_sum_runtime_check
// ANCHOR: compute_sum_runtime_check


} // verus!

