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
    let mut v: Vec<f32> = Vec::<f32>::new();
    let mut i: usize = 0;
    while i < off
        invariant
            i <= off,
            v.len() == i,
            v.len() == off,
            i < off,
            v.len() == off,
            v.len() == off,
            v.len() == off,
        decreases (off - i) as int
    {
        v.push(off);
        i = i + 1;
    }
    v
}
// </vc-code>

}
fn main() {}