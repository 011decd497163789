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
    /* code modified by LLM (iteration 2): fixed loop invariants and loop continues unchanged */
    let i = 0i8;
    while i < num_bins
        invariant
            i <= num_bins,
            i < num_bins + 1,
            data.len() == i + 1,
        decreases num_bins - i
    {
        zero_i8();
        i = i + 1;
    }
    let edges = zeros_i8_helper(data, num_bins);
    edges
}
// </vc-code>


}
fn main() {}