// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn preserve_len(v: Vec<i8>) -> (r: Vec<i8>)
    ensures
        r.len() == v.len(),
{
    v
}
// </vc-helpers>

// <vc-spec>
fn hermeweight(x: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == x.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): improved loop invariants and proof blocks */
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            0 <= i,
            i <= x.len(),
            result.len() == i,
            result.len() == v.len(),
        decreases x.len() - i
    {
        let k = 0u8;
        let mut j: usize = 0;
        while j < v.len()
            invariant
                0 <= j,
                j < v.len(),
                result.len() == j,
                result.len() == v.len(),
                result[j] == v[j],
            decreases x.len() - j
        {
            result[j] = x[j];
            j = j + 1;
        }
        result.push(x[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}