// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn vec2(a: f32, b: f32) -> (result: Vec<f32>)
    ensures
        result@.len() == 2,
        result@[0] == a,
        result@[1] == b,
{
    /* code modified by LLM (iteration 2): fixed syntax for fixed-length vectors by using `vec2()` */
    let mut v: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
            v@[0] == off,
            v@[1] == scl,
            i < v.len(),
            v@[i] == v@[0] == off == scl,
        decreases v.len() - i
    {
        v@[0] = off;
        v@[1] = scl;
        i = i + 1;
    }
    v
}
// </vc-helpers>

// <vc-spec>
fn legline(off: f32, scl: f32) -> (result: Vec<f32>)
    ensures
        result@.len() == 2,
        result@[0] == off,
        result@[1] == scl
// </vc-spec>
// <vc-code>
{
    let v = vec2(off, scl);
    v
}
// </vc-code>

}
fn main() {}