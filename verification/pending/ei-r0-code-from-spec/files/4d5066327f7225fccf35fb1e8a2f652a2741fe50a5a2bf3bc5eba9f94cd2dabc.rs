// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
    let n: usize = arr.size();
    let mut result: (!) = {};
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            result.data().size() <= n,
            result.data().at(i) == n,
            result.at(i).sum == arr.at(i).sum,
            result.at(i).at(0) == arr.at(i),
            result.at(i).data().at(0) == arr.at(i),
            result.at(i).data().at(0) == arr.at(i),
            result.at(i).data().at(0) == arr.at(i),
            result.at(i).data().at(0) == arr.at(i),
            result.data().at(i).at(0) == arr.at(i),
        decreases n - i
    {
        if arr.at(i) == arr.at(i + 1) {
            result.data().push(arr.at(i));
        }
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