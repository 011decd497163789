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
    let mut num: Vec<f64> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            num.len() == i,
            num.len() == 1,
            num.len() == 1,
            i <= x.len(),
        decreases (x.len() - i)
    {
        let v: f64 = x[i];
        num.push(v);
        i = i + 1;
    }
    num
}
// </vc-code>

}
fn main() {}