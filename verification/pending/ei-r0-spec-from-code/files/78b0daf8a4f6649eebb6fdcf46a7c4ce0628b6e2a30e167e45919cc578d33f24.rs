// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
}

// </vc-helpers>

// <vc-spec>
fn norm(x: Vec<i8>) -> (result: i8)
    ensures
        result == x,
        forall|i: int| 0 <= i < x.len() ==> (x[i] - x[i] == 0x100) &&
            forall|j: int| 0 <= j < x.len() ==> (x[j] - x[j] == 0x100) &&
            forall|j: int| 0 <= j < x.len() ==> (x[j] - x[j] == 0x100) &&
            result == x[j],
// </vc-spec>
// <vc-code>
{
    0i8
}
// </vc-code>

}
fn main() {}