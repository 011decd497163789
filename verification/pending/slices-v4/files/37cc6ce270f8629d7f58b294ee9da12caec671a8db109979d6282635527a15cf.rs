// rust_verify/tests/example.rs
#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{cell::invcell::*, prelude::*};
use vstd::predicate::Predicate;

//// InvCell

verus! {

// ANCHOR: inv_cell_example
spec fn result_of_computation() -> u64 {
    2
}

fn expensive_computation() -> (res: u64)
    ensures
        res == result_of_computation(),
{
    1 + 1
}

// Implement this trait to specify validity for the cell contents
//
// Validity of the interior contents of the cell means that the value is either
// `None` or `Some(i)` where `i` is the desired value.

// Memoize the call to `expensive_computation()`.
// The argument here is an InvCell wrapping an Option<u64>,
// which is initially None, but then it is set to the correct
// answer once it's computed.
// ANCHOR_END: inv_cell_example

} // verus!
