#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
use vstd::prelude::*;

verus! {

// ANCHOR: spec

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

// ANCHOR_END: loop_break

// ANCHOR: for_loop
// ANCHOR_END: for_loop

// ANCHOR: ackermann

// ANCHOR_END: ackermann

// ANCHOR: even
spec fn abs(i: int) -> int {
    if i < 0 {
        -i
    } else {
        i
    }
}

spec fn is_even(i: int) -> bool
    decreases abs(i),
{
    if i == 0 {
        true
    } else if i > 0 {
        is_odd(i - 1)
    } else {
        is_odd(i + 1)
    }
}

spec fn is_odd(i: int) -> bool
    decreases abs(i),
{
    if i == 0 {
        false
    } else if i > 0 {
        is_even(i - 1)
    } else {
        is_even(i + 1)
    }
}



fn test_odd() {
    proof {
        reveal_with_fuel(is_odd, 11);
    }
    assert(!is_odd(10));
}
// ANCHOR_END: even

#[verusfmt::skip]
mod M {
use verus_builtin::*;

spec fn abs(i: int) -> int {
    if i < 0 {
        -i
    } else {
        i
    }
}

// ANCHOR: even2
spec fn is_even(i: int) -> bool
    decreases abs(i), 0int,
{
    if i == 0 {
        true
    } else if i > 0 {
        is_odd(i - 1)
    } else {
        is_odd(i + 1)
    }
}

spec fn is_odd(i: int) -> bool
    decreases abs(i), 1int,
{
    !is_even(i)
}



// ANCHOR_END: even2
}

// ANCHOR: example_decreases_to
// ANCHOR_END: example_decreases_to


// ANCHOR: example_proof_in_spec
// ANCHOR_END: example_proof_in_spec

// ANCHOR: example_proof_using_via

// ANCHOR_END: example_proof_using_via


} // verus!
