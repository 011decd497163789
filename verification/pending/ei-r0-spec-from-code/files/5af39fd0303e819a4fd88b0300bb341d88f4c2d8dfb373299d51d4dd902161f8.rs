// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn ndim<T>(a: &Vec<T>) -> (result: usize)
    ensures
        1 == a.len(),
        (result as int) == a.len(),
// </vc-spec>
// <vc-code>
{
    1usize
}
// </vc-code>

}
fn main() {}