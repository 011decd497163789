// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_vec(v: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == v.len(),
{
    let n = v.len();
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            result.len() == n,
            i <= n,
            true,
            poly2lag(pol),
        decreases n - i
    {
        let j = poly[i];
        let k = poly[i + 1];
        result.push(pol[j]);
        i += 1;
        if j == k {
            break;
        }
        poly[i + 1] = poly[j]
    }
    result
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