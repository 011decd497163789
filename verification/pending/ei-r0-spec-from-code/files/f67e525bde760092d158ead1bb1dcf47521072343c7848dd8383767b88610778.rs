// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn ndim<T>(a: &Vec<T>) -> (result: usize)
    ensures
        result == 0,
        forall|i: int| 0 <= i < a.len() ==> a[i] == a[result as int],
        result == a.len() as int,
        forall|i: int| 0 <= i < a.len() ==> result == a[i],
// </vc-spec>
// <vc-code>
{
    1usize
}
// </vc-code>

}
fn main() {}