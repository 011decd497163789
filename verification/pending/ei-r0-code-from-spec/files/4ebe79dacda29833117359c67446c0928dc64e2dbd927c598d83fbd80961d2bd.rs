// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn repeat_zero_vec(n: usize) -> (v: Vec<f32>)
    ensures
        v.len() == n,
{
    let n_vec = x1.len();
    let mut res: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < n_vec
        invariant
            n_vec == n_vec,
            i <= n_vec,
        decreases n_vec - i
    {
        res.push(x1[i]);
        i = i + 1;
    }
    res
}
// </vc-helpers>

// <vc-spec>
fn fmod(x1: &Vec<f32>, x2: &Vec<f32>) -> (result: Vec<f32>)
    requires x1.len() == x2.len(),
    ensures result.len() == x1.len()
// </vc-spec>
// <vc-code>
{
    let result_vec = repeat_zero_vec(x1.len());
    result_vec
}
// </vc-code>

}
fn main() {}