// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
    // Base case
    let result = arr[0] + arr[1];
    let result_int = arr[0] == 0 ? 0 : arr[1] + arr[0];
    assert(result == result_int);
    // Apply lemma_trivial to result
    result
}

// </vc-helpers>

// <vc-spec>
fn numpy_tofile(arr: Vec<f32>, filename: String) -> (result: ())
    requires true,
    ensures result == ()
// </vc-spec>
// <vc-code>
{
    proof { lemma_trivial(); }
    ()
}
// </vc-code>

}
fn main() {}