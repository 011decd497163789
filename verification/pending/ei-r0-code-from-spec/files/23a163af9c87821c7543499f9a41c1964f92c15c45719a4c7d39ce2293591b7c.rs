// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            true,
            i <= arr.len(),
        decreases arr.len() - i
    {
        result.push(arr[i]);
        i += 1;
    }
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