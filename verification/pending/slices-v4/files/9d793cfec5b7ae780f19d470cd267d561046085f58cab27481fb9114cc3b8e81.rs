#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {

// ANCHOR: fib_spec
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
// ANCHOR_END: fib_checked

// ANCHOR: fib_checked_no_precondition
// ANCHOR_END: fib_checked_no_precondition

// ANCHOR: bank_spec
spec fn always_non_negative(s: Seq<i64>) -> bool
{
    forall|i: int| 0 <= i <= s.len() ==> sum(#[trigger] s.take(i)) >= 0    
}

spec fn sum(s: Seq<i64>) -> int
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        sum(s.drop_last()) + s.last()
    }
}
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
fn non_negative(operations: &[i64]) -> (r: bool)
    ensures
        r == always_non_negative(operations@),
{
    let mut s = 0i128;
    for i in 0usize..operations.len()
        invariant
            s == sum(operations@.take(i as int)),
            forall|j: int| 0 <= j <= i ==> sum(#[trigger] operations@.take(j)) >= 0,
            i64::MIN <= s <= i64::MAX * i,
    {
        assert(operations@.take(i as int) =~= operations@.take(
            (i + 1) as int,
        ).drop_last());
        s = s + operations[i] as i128;
        if s < 0 {
            return false;
        }
    }
    true
}
// ANCHOR_END: bank_final



} // verus!

