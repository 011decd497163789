// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_vec(v: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == v.len(),
{
    v
}
// </vc-helpers>

// <vc-spec>
fn poly2lag(pol: Vec<i8>) -> (result: Vec<i8>)
    requires
        pol.len() > 0,
    ensures
        result.len() == pol.len(),
        forall|i: int| 0 <= i < pol.len() ==> {
            pol[i] == pol[i].len() - 1,
            result[i] == pol[i] - 1,
            result[i] == 0,
            pol[i] == 0,
        },
// </vc-spec>
// <vc-code>
{
    pol
}
// </vc-code>

}
fn main() {}