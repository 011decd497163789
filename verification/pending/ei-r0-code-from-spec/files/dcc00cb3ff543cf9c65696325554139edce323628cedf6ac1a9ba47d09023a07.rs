// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn array(data: Vec<f64>) -> (result: Vec<f64>)
    ensures
        result.len() == data.len(),
        forall|i: int| 0 <= i < data.len() ==> result[i] == data[i],
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<f64> = Vec::new();
    let mut i: usize = 0;
    while i < data.len()
        invariant
            result.len() == i,
            i <= result.len(),
            result[i] == data[i],
        decreases (i as int) as int
    {
        let mut j: usize = 0;
        while j < i
            invariant
                result[j] == data[j],
                j <= i,
                result[j] == data[j],
            decreases (j as int) as int
        {
            if j == i {
                result.push(f64::new(f64(0.0)));
            }
            j += 1;
        }
        result.push(data[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}