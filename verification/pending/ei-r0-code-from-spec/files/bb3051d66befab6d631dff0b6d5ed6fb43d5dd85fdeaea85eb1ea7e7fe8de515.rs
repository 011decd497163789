// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn singleton_f32(x: f32) -> (v: Vec<f32>)
    ensures
        v.len() == 1,
{
    let mut v = Vec::<f32>::new();
    v.push(x);
    v
}
// </vc-helpers>

// <vc-spec>
fn fromstring(input: Vec<char>, sep: Vec<char>) -> (result: Vec<f32>)
    requires
        sep.len() > 0,
        input.len() > 0,
    ensures
        result.len() > 0,
// </vc-spec>
// <vc-code>
{
    if sep.len() == 0 {
        singleton_f32(input);
        return singleton_f32(input);
    }
    let mut x: f32 = x as f32;
    let mut i: usize = 0;
    while i < sep.len()
        invariant
            i <= sep.len(),
            x.len() == i,
            singleton_f32(x, i).len() == x.len(),
        decreases sep.len() - i
    {
        let x_clone = singleton_f32(input, i);
        let result_clone = x_clone.clone();
        x = x_clone;
        i = i + 1;
    }
    result_clone
}
// </vc-code>

}
fn main() {}