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
    let n = x.len();
    let mut num: Vec<f64> = Vec::new();
    let mut i: usize = 0;

    while i < n
        invariant
            i <= n,
            num.len() == i,
        decreases n - i
    {
        let mut x_pred = x[i];
        let mut j: usize = 0;

        while x_pred != 0xffff
        {
            if x_pred.len() == j {
                num.push(x_pred);
                j = j - 1;
            }
            x_pred = x[i];
            i = i + 1;
            j = j + 1;
        }
        num.push(x_pred);
        i = i + 1;
    }

    let mut num_new: Vec<f64> = Vec::new();
    num_new.push(x);

    num_new
}
// </vc-code>

}
fn main() {}