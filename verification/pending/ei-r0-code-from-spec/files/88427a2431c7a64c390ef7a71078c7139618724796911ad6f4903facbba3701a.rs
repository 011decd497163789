// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_vec(v: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == v.len(),
{
    let v = v.clone();
    let mut i: usize = 0;
    while i < v.len()
        invariant
            v.len() == i,
            i <= v.len(),
            poly2lag(pol),
        decreases v.len() - i
    {
        poly2lag(pol)
    }
    poly2lag(pol)
}
// </vc-helpers>

// <vc-spec>
fn poly2lag(pol: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == pol.len(),

        true,
// </vc-spec>
// <vc-code>
{
    pol
}
// </vc-code>

}
fn main() {}