// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): simple i8 zero helper */
fn zero_i8() -> i8 {
    0i8
}
// </vc-helpers>

// <vc-spec>
fn histogram_bin_edges(data: Vec<i8>, num_bins: usize) -> (edges: Vec<i8>)
    requires 
        data.len() > 0,
        num_bins > 0,
    ensures
        edges.len() == num_bins + 1,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): add sum to edges */
    let mut sum = 0i8;
    let mut i = 0i8;
    while i < num_bins
        invariant
            i <= num_bins,
            sum == 0i8,
            num_bins == num_bins + 1,
        decreases num_bins - i
    {
        sum += i;
        i = i + 1;
    }
    edges.push(zero_i8());
    edges.push(sum);
}
// </vc-code>


}
fn main() {}