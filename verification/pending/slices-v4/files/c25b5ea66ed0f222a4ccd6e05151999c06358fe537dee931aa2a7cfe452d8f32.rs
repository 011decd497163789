#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {


// ANCHOR: immut
// ANCHOR_END: immut

// ANCHOR: mut

// ANCHOR_END: mut

// ANCHOR: requires

// ANCHOR_END: requires

// ANCHOR: asserts

// ANCHOR_END: asserts

// ANCHOR: complex
fn decrease(b: &mut u32)
    requires
        *old(b) == 10,
    ensures
        *final(b) == 0,
{
    let mut i: u32 = 0;
    while (*b > 0) 
        invariant
            *b == (10 - i),
        decreases *b,
    {
        *b = *b - 1;
        i = i + 1;
        assert(*b == (10 - i));
    }
    assert(*b == 0);
    assert(*old(b) == 10);
}

fn complex_example()
{
    let mut d: u32 = 10;
    decrease(&mut d);
    assert(d == 0);
}
// ANCHOR_END: complex



} // verus!
