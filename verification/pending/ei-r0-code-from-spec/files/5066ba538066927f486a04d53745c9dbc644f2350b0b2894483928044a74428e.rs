// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nan_to_num(x: Vec<f64>) -> (result: Vec<f64>)
    ensures 
        result.len() == x.len(),
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<f64> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            res.len() == i,
            res.len() == res.len(),
        decreases (i as int) - 1
    {
        let mut j: usize = i + 1;
        let num: f64 = x[j];
        res.push(num);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}