#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: test_u8
// ANCHOR_END: test_u8

// ANCHOR: test_consts
// ANCHOR_END: test_consts

// ANCHOR: test_consts_infer
// ANCHOR_END: test_consts_infer

// ANCHOR: test_consts_large
// ANCHOR_END: test_consts_large

// ANCHOR: test_coerce
// ANCHOR_END: test_coerce

/*
// ANCHOR: test_coerce_fail
fn test_coerce_fail() {
    let v: u16 = 257;
    let u: u8 = v as u8;
    assert(u == v); // FAILS, because u has type u8 and therefore cannot be equal to 257
}
// ANCHOR_END: test_coerce_fail
*/

/*
// ANCHOR: test_sum
fn test_sum(x: u8, y: u8) {
    let sum1: u8 = x + y; // FAILS: possible overflow
}
// ANCHOR_END: test_sum
*/

// ANCHOR: test_sum2
// ANCHOR_END: test_sum2

// ANCHOR: test_sum3
// ANCHOR_END: test_sum3

// ANCHOR: test_sum_mixed
fn test_sum_mixed(x: u8, y: u16) {
    assert(x + y >= y);  // x + y has type int, so the assertion succeeds
    assert(x - y <= x);  // x - y has type int, so the assertion succeeds
}
// ANCHOR_END: test_sum_mixed

/*
// ANCHOR: test_sum_add_sub
fn test_sum_add_sub(x: u8, y: u8) {
    assert(add(x, y) >= y); // FAILS: add(x, y) has type u8, so addition might overflow
    assert(sub(x, y) <= x); // FAILS: sub(x, y) has type u8, so subtraction might underflow
}
// ANCHOR_END: test_sum_add_sub
*/


} // verus!
