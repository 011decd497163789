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
    let _ = data[num_bins];
    let mut edges: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < num_bins
        invariant
            edges.len() == i + 1,
            edges.len() == num_bins,
            i + 1 <= num_bins,
        decreases num_bins - i
    {
        let _ = zero_i8();
        edges.push(&_);
        i += 1;
    }
    edges
}
// </vc-code>


}
fn main() {}