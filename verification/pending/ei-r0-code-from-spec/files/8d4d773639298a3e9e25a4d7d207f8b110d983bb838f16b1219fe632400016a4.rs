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
    let mut edges: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < num_bins
        invariant
            edges.len() == i,
            edges.len() == num_bins,
            num_bins == 1,
        decreases (num_bins - i) as int
    {
        let mut j: usize = 0;
        while j < num_bins
            invariant
                edges.len() == j,
                edges.len() == num_bins + 1,
                edges.len() == i + 1,
                edges.len() == num_bins,
                edges[j] == zero_i8(),
            decreases (j + 1) as int
        {
            let n = i as usize;
            let mut h: Vec<i8> = Vec::new();
            h.push(data[i]);
            edges.push(h);
            i = i + 1;
            j = j + 1;
            if j < num_bins - i {
                h.push(zero_i8());
            }
        }
        edges.push(edges);
    }
    edges
}
// </vc-code>


}
fn main() {}