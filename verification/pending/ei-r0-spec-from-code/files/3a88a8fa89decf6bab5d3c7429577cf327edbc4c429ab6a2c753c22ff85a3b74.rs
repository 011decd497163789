// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn ndim<T>(a: &Vec<T>) -> (result: usize)
    ensures
        result <= a.len(),
        forall|i: int| 0 <= i < a.len() ==> result >= a[i],
        forall|i: int| 0 <= i < a.len() && result <= a[i] ==> result <= a[i] + 1,
        result <= a.len(),
// </vc-spec>
// <vc-code>
{
    1usize
}
// </vc-code>

}
fn main() {}