// rust_verify/tests/example.rs
use vstd::prelude::*;

verus! {

// ANCHOR: initial
fn get_char() {
    let x = "hello world";
    proof {
        reveal_strlit("hello world");
    }
    assert(x@.len() == 11);
    let val = x.get_char(0);
    assert('h' == val);
}
// ANCHOR_END: initial

// ANCHOR: literal_eq
// ANCHOR_END: literal_eq
//
// ANCHOR: literal_view
// ANCHOR_END: literal_view

// ANCHOR: pre_substring
// ANCHOR_END: pre_substring

// ANCHOR: substring_ascii
// ANCHOR_END: substring_ascii

} // verus!