// rust_verify/tests/example.rs expect-success
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

verus! {

// ANCHOR: spec_const


// ANCHOR_END: spec_const
// ANCHOR: exec_const_syntax

// ANCHOR_END: exec_const_syntax
// ANCHOR: exec_const_complicated
spec fn f() -> int {
    1
}

const fn e() -> (u: u64)
    ensures
        u == f(),
{
    1
}


// ANCHOR_END: exec_const_complicated
// ANCHOR: spec_exec_const


// ANCHOR_END: spec_exec_const
// ANCHOR: when_used_as_spec
use vstd::layout;




// ANCHOR_END: when_used_as_spec
// ANCHOR: nonlinear




// ANCHOR_END: nonlinear

} // verus!
