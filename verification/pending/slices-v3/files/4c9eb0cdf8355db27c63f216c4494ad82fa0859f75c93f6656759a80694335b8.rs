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
fn subrange<'a>(s: &str)
    requires s@ =~= "Hello"@,
{
    proof {
        reveal_strlit("Hello");
        reveal_strlit("H");
    }
    assert(s@.subrange(0, 1) =~= "H"@);
}
// ANCHOR_END: pre_substring

// ANCHOR: substring_ascii
// ANCHOR_END: substring_ascii

} // verus!