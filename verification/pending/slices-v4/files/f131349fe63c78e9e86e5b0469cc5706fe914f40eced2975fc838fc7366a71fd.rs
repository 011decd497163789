#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {

// ANCHOR: fib_spec
spec fn fib(n: nat) -> nat
    decreases n,
{
    if n == 0 {
        0
    } else if n == 1 {
        1
    } else {
        fib((n - 2) as nat) + fib((n - 1) as nat)
    }
}
// ANCHOR_END: fib_spec

// ANCHOR: fib_is_mono
// ANCHOR_END: fib_is_mono

/*
// ANCHOR: fib_impl_no_proof
fn fib_impl(n: u64) -> (result: u64)
    requires
        fib(n as nat) <= u64::MAX
    ensures
        result == fib(n as nat),
{
    if n == 0 {
        return 0;
    }
    let mut prev: u64 = 0;
    let mut cur: u64 = 1;
    let mut i: u64 = 1;
    while i < n
    {
        i = i + 1;
        let new_cur = cur + prev;
        prev = cur;
        cur = new_cur;
    }
    cur
}
// ANCHOR_END: fib_impl_no_proof
*/

/*
// ANCHOR: fib_mono_no_proof
proof fn lemma_fib_is_monotonic(i: nat, j: nat)
    requires
        i <= j,
    ensures
        fib(i) <= fib(j),
{
}
// ANCHOR_END: fib_mono_no_proof
*/

/*
// ANCHOR: fib_mono_skeleton
proof fn lemma_fib_is_monotonic(i: nat, j: nat)
    requires
        i <= j,
    ensures
        fib(i) <= fib(j),
{
    if j < 2 {
    } else if i == j {
    } else if i == j - 1 {
    } else {
        assume(false);
    }

}
// ANCHOR_END: fib_mono_skeleton
*/

// ANCHOR: fib_final
// ANCHOR_END: fib_final

// ANCHOR: fib_checked
fn fib_checked(n: u64) -> (result: u64)
    requires
        fib(n as nat) <= u64::MAX
    ensures
        result == fib(n as nat),
{
    if n == 0 {
        return 0;
    }
    let mut prev: CheckedU64 = CheckedU64::new(0);
    let mut cur: CheckedU64 = CheckedU64::new(1);
    let mut i: u64 = 1;
    while i < n
        invariant
            0 < i <= n,
            fib(n as nat) <= u64::MAX,
            cur@ == fib(i as nat),
            prev@ == fib((i - 1) as nat),
        decreases n - i,
    {
        i = i + 1;
        let new_cur = cur.add_checked(&prev);
        prev = cur;
        cur = new_cur;
    }
    cur.unwrap()
}
// ANCHOR_END: fib_checked

// ANCHOR: fib_checked_no_precondition
// ANCHOR_END: fib_checked_no_precondition

// ANCHOR: bank_spec

// ANCHOR_END: bank_spec

/*
// ANCHOR: bank_no_proof
fn non_negative(operations: &[i64]) -> (r: bool)
    ensures
        r == always_non_negative(operations@),
{
    let mut s = 0i128;
    for i in 0usize..operations.len()
    {
        s = s + operations[i] as i128;
        if s < 0 {
            return false;
        }
    }
    true
}
// ANCHOR_END: bank_no_proof
*/

// ANCHOR: bank_final
// ANCHOR_END: bank_final



} // verus!

