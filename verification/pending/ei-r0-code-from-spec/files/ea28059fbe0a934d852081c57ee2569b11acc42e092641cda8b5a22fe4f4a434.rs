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
    let mut v: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < 2
        invariant
            v@.len() == 2,
            v@[0] == a,
            v@[1] == b,
            i == 0,
        decreases (v@.len() - i)
    {
        let res: Vec<f32> = v@[0:i];
        v@[i] = res[1];
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