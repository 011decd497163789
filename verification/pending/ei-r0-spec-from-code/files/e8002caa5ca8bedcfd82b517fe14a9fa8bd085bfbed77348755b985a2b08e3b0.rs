// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn hstack(a: Vec<f32>, b: Vec<f32>) -> (result: Vec<f32>)
    requires 
        a.len() > 0,
        b.len() > 0,
    ensures
        result.len() == a.len(),
        a.len() > 0,
        b.len() > 0,
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == i as int,
            a.len() > 0,
            b.len() > 0,
        decreases a.len() - i as int
    {
        let x = a[i];
        res.push(x);
        i = i + 1;
    }
    let mut j: usize = 0;
    while j < b.len()
        invariant
            j <= b.len(),
            res.len() == j as int,
            b.len() > 0,
            a.len() > 0,
            a[j] == b[j],
        decreases b.len() - j as int
    {
        let x = b[j];
        res.push(x);
        j = j + 1;
    }
    res
}
// </vc-code>

}
fn main() {}