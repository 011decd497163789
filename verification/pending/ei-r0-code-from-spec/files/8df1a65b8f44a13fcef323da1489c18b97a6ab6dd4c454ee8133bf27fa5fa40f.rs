// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn i8_one_positive()
    ensures
        1i8 as int > 0,
{
    let mut x: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            forall|k: int| 0 <= k < i ==> #[trigger] x@[k] as int > 0,
        decreases x.len() - i
    {
        x.push(1i8);
        i += 1;
    }
    x
}

// </vc-helpers>

// <vc-spec>
fn spacing(x: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result@.len() == x@.len(),
        forall|i: int| 0 <= i < x@.len() ==> #[trigger] result@[i] as int > 0
// </vc-spec>
// <vc-code>
{
    let mut y: Vec<i8> = Vec::new();
    while y.len() < x.len()
        invariant
            y@.len() <= x@.len(),
            forall|i: int| 0 <= i < y@.len() ==> #[trigger] y@[i] as int > 0,
        decreases x.len() - y.len()
    {
        y.push(1i8);
    }
    y
}
// </vc-code>


}
fn main() {}