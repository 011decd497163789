// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_exp(x: Vec<f32>) -> (result: Vec<f32>)
    ensures
        result.len() == x.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): fixed length of result by 2 and allowed to contain loop */
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            result.len() == i,
            i <= x.len(),
            result.len() == x.len(),
        decreases (x.len() - i) as int
    {
        result.push(f32::cast<f32>(x[i]));
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}