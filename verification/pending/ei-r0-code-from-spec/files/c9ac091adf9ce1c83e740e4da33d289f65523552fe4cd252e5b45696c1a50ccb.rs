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
    let mut result = Vec::<f32>::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            result.len() == i as int,
            i <= x.len(),
            result.len() == x.len(),
        decreases x.len() - i
    {
        let old_len = x.len();
        let new_len = i as int;
        let mut old_len_old = old_len - i;
        let old_len_new = new_len - i;
        let old_len = old_len_old;
        let new_len = new_len_new;
        result.push(x[old_len_old]);
        result.push(x[old_len]);
        result.push(x[new_len]);
        result.push(x[new_len]);
        i += 1;
    }
    result
}
// </vc-code>

}
fn main() {}