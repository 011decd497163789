// rust_verify/tests/example.rs
use vstd::prelude::*;

verus! {

// ANCHOR: initial
// ANCHOR_END: initial

// ANCHOR: literal_eq
fn literal_eq() {
    let x = "hello world";
    let y = "hello world";
    assert(x@ == y@);
}
// ANCHOR_END: literal_eq
//
// ANCHOR: literal_view
// ANCHOR_END: literal_view

// ANCHOR: pre_substring
// ANCHOR_END: pre_substring

// ANCHOR: substring_ascii
// ANCHOR_END: substring_ascii

} // verus!