#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
use vstd::prelude::*;

verus! {

// ANCHOR: spec
spec fn triangle(n: nat) -> nat
    decreases n,
{
    if n == 0 {
        0
    } else {
        n + triangle((n - 1) as nat)
    }
}

// ANCHOR_END: spec
/*
// ANCHOR: bogus
spec fn bogus(i: int) -> int {
    bogus(i) + 1 // FAILS, error due to nontermination
}
// ANCHOR_END: bogus

// ANCHOR: exploit_bogus
proof fn exploit_bogus()
    ensures
        false,
{
    assert(bogus(3) == bogus(3) + 1);
}
// ANCHOR_END: exploit_bogus
*/

/*
// ANCHOR: lacks_fuel
fn test_triangle_fail() {
    assert(triangle(0) == 0); // succeeds
    assert(triangle(10) == 55); // FAILS
}
// ANCHOR_END: lacks_fuel
*/

// ANCHOR: step_by_step
// ANCHOR_END: step_by_step

// ANCHOR: fuel
// ANCHOR_END: fuel

// ANCHOR: fuel_by
// ANCHOR_END: fuel_by

// ANCHOR: min
// ANCHOR_END: min

/*
// ANCHOR: rec_fail
fn rec_triangle(n: u32) -> (sum: u32)
    ensures
        sum == triangle(n as nat),
{
    if n == 0 {
        0
    } else {
        n + rec_triangle(n - 1) // FAILS: possible overflow
    }
}
// ANCHOR_END: rec_fail
*/

// ANCHOR: rec
// ANCHOR_END: rec

// ANCHOR: mut
// ANCHOR_END: mut

/*
// ANCHOR: tail_fail
fn tail_triangle(n: u32, idx: u32, sum: &mut u32)
    requires
        idx <= n,
        *old(sum) == triangle(idx as nat),
        triangle(n as nat) <= u32::MAX,
    ensures
        *sum == triangle(n as nat),
{
    if idx < n {
        let idx = idx + 1;
        *sum = *sum + idx;
        tail_triangle(n, idx, sum);
    }
}
// ANCHOR_END: tail_fail
*/

// ANCHOR: mono
#[verifier::external_body]
proof fn triangle_is_monotonic(i: nat, j: nat)
    ensures
        i <= j ==> triangle(i) <= triangle(j),
    decreases j,
{
    unimplemented!()
}

// ANCHOR_END: mono
/*
// ANCHOR: circular
proof fn circular_reasoning()
    ensures
        false,
{
    circular_reasoning(); // FAILS, does not terminate
}
// ANCHOR_END: circular
*/

// ANCHOR: tail
// ANCHOR_END: tail

// ANCHOR: loop
// ANCHOR_END: loop

// ANCHOR: loop_return
// ANCHOR_END: loop_return

#[verusfmt::skip]
// ANCHOR: loop_break
fn loop_triangle_break(n: u32) -> (sum: u32)
    ensures
        sum == triangle(n as nat) || (sum == 0xffff_ffff && triangle(n as nat) > u32::MAX),
{
    let mut sum: u32 = 0;
    let mut idx: u32 = 0;
    while idx < n
        invariant_except_break
            idx <= n,
            sum == triangle(idx as nat),
        ensures
            sum == triangle(n as nat) || (sum == 0xffff_ffff && triangle(n as nat) > u32::MAX),
        decreases n - idx,
    {
        idx = idx + 1;
        if sum as u64 + idx as u64 > u32::MAX as u64 {
            proof {
                triangle_is_monotonic(idx as nat, n as nat);
            }
            sum = 0xffff_ffff;
            break;
        }
        sum = sum + idx;
    }
    sum
}
// ANCHOR_END: loop_break

// ANCHOR: for_loop
// ANCHOR_END: for_loop

// ANCHOR: ackermann

// ANCHOR_END: ackermann

// ANCHOR: even





// ANCHOR_END: even


// ANCHOR: example_decreases_to
// ANCHOR_END: example_decreases_to


// ANCHOR: example_proof_in_spec
// ANCHOR_END: example_proof_in_spec

// ANCHOR: example_proof_using_via

// ANCHOR_END: example_proof_using_via


} // verus!
