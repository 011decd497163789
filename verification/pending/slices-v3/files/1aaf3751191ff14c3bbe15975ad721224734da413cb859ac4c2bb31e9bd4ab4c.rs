// rust_verify/tests/example.rs
use vstd::prelude::*;

verus! {

// ANCHOR: initial
// ANCHOR_END: initial

// ANCHOR: literal_eq
// ANCHOR_END: literal_eq
//
// ANCHOR: literal_view
fn str_view() {
    let x = "hello world";
    let ghost y: Seq<char> = x@;
}
// ANCHOR_END: literal_view

// ANCHOR: pre_substring
// ANCHOR_END: pre_substring

// ANCHOR: substring_ascii
// ANCHOR_END: substring_ascii

} // verus!