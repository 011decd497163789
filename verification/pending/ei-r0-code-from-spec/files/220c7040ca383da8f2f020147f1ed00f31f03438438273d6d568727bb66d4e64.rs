// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_vec(v: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == v.len(),
{
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < v.len()
        invariant
            result.len() == i,
            result.len() == v.len(),
        decreases v.len() - i
    {
        let mut j: usize = i + 1;
        let mut out: Vec<i8> = Vec::new();
        let mut k: usize = 0;
        while j < v.len()
            invariant
                out.len() == j,
                out.len() == v.len(),
                out.len() == i,
                out.len() == v.len(),
                out.len() == k,
                out.len() == j,
                out.len() == v.len(),
            decreases v.len() - j
        {
            let v1 = Vec::new();
            v1.push(pol[i]);
            out.push(v1);
            i += 1;
        }
        result.push(pol[i]);
        result.push(j);
        i = i + 1;
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