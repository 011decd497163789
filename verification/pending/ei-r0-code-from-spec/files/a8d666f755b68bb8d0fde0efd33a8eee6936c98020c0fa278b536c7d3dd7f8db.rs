// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
    assert(arr.len() == 3);
    assert(arr[0] == vec![0.0f, 0.0f, 0.0f]);
    assert(arr[1] == vec![0.0f, 0.0f, 0.0f]);
    assert(arr[2] == vec![0.0f, 0.0f, 0.0f]);
    assert(arr[0] == vec![0.0f]);
    assert(arr[1] == vec![0.0f]);
    assert(arr[2] == vec![0.0f]);
    assert(arr[0] == vec![0.0f]);
    assert(arr[1] == vec![0.0f]);
    assert(arr[2] == vec![0.0f]);
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