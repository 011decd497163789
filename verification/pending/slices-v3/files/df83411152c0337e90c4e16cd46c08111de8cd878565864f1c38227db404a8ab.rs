// rust_verify/tests/example.rs
use vstd::prelude::*;

verus! {

// ANCHOR: initial
// ANCHOR_END: initial

// ANCHOR: literal_eq
// ANCHOR_END: literal_eq
//
// ANCHOR: literal_view
// ANCHOR_END: literal_view

// ANCHOR: pre_substring
// ANCHOR_END: pre_substring

// ANCHOR: substring_ascii
fn test() {
    let a = String::from_str(("ABC"));
    proof {
        reveal_strlit("ABC");
    }
    assert(a.is_ascii());
    let b = a.as_str().substring_ascii(2, 3);
    proof {
        reveal_strlit("C");
    }
    assert(b@ =~= ("C")@);
}
// ANCHOR_END: substring_ascii

} // verus!