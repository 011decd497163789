// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn make_pair(a: f32, b: f32) -> (result: Vec<f32>)
    ensures
        result.len() == 2,
{
    let mut v = Vec::<f32>::new();
    v.push(a);
    v.push(b);
    v
}
// </vc-helpers>

// <vc-spec>
fn lagline(off: f32, scl: f32) -> (result: Vec<f32>)
    ensures result.len() == 2
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): changed 0 to 1; preserved edge case */
    let mut v: Vec<f32> = Vec::new();
    v.push(off);
    let mut i: usize = off - 1;
    while i > 0
        invariant
            off <= scl,
            i <= v.len(),
            v.len() == 2,
            v[i] == off,
            v[i] == off,
            v[i] == off,
        decreases v.len() - i
    {
        v.push(off);
        i += 1;
    }
    v
}
// </vc-code>

}
fn main() {}