// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
    let mut result: (f32) = ();
    let mut i: usize = 0;
    while i < arr.size()
        invariant
            true,
            0 <= i,
            result == i,
            forall (n: usize) as int <= i,
            arr.len(i) == arr.len(i) + 1,
            result.len(i) == i,
            true,
            true,
            true,
        decreases (i as int) as int
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