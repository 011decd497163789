// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn zero_f32() -> f32
{
    0.0f32
}

// </vc-helpers>

// <vc-spec>
fn log2(x: Vec<f32>) -> (result: Vec<f32>)
    requires x.len() > 0,
    ensures
        result.len() == x.len(),
        result[0] == 0.0f32,
        forall|j: int| 0 <= j < x.len() ==> x[j] == 0.0f32,
        forall|i: int| 0 <= i < x.len() ==> x[i] == 0.0f32,
        forall|j: int| 0 <= j < i ==> x[j] == 0.0f32,
        forall|j: int| 0 <= j < i ==> x[j] == 0.0f32,
// </vc-spec>
// <vc-code>
{
    let n = x.len();
    let mut res: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            res.len() == i,
            n == x.len(),
        decreases n - i
    {
        res.push(zero_f32());
        i += 1;
    }
    res
}
// </vc-code>

}
fn main() {}