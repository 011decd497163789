// <vc-preamble>
use vstd::prelude::*;

verus! {

/* SFC64 state containing 256 bits split into four 64-bit words */
struct SFC64State {
    a: u64,
    b: u64,
    c: u64,
    counter: u64,
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn sfc64(seed: Option<u64>) -> (state: SFC64State)
    ensures
        seed.is_none() ==> (state.a == 0 && state.b == 0 && state.c == 0 && state.counter == 0),
        seed.is_some() ==> (state.a != 0 || state.b != 0 || state.c != 0 || state.counter != 0),
// </vc-spec>
// <vc-code>
{
    let a = 0u64;
    let b = 0u64;
    let c = 0u64;
    let counter = 0u64;
    let sfc64 = SFC64State { a, b, c};
    sfc64.a = a;
    sfc64.b = b;
    sfc64.c = c;
    sfc64.counter = counter;
}
// </vc-code>


}
fn main() {}