// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn nansum(a: Vec<f32>) -> (result: f32)
    ensures
        /* If vector is empty, result is 0 */
        a.len() == 0 ==> result == 0.0f32,
        /* Core property: nansum handles NaN values by treating them as zero */
        true,
// </vc-spec>
// <vc-code>
{
    let mut result: f32 = 0f32;
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i,
            0 <= result.len(),
            a.len() == i ==> result[i] == a[i],
            true,
        decreases a.len() - i
    {
        let n = a[i];
        if n == 0f32 {
            result = 0f32;
            i = i + 1;
        } else {
            result = n - 0f32;
            i = i + 1;
        }
    }
    result
}
// </vc-code>


}
fn main() {}