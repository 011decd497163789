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
        edges.len() == num_bins + 1,
        edges[num_bins - i] == 0,
        edges[i] == zeros(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): use bounded while loop with index to build edges deterministically */
    let mut edges: Vec<i8> = Vec::new();
    edges.push(zero_i8());
    let mut i: usize = 0;
    while i < num_bins
        invariant
            edges.len() == i + 1,
            i <= num_bins,
        decreases (num_bins - i) as int
    {
        let old_len = edges.len();
        edges.push(zero_i8());
        assert(edges.len() == old_len + 1);
        let prev_i = i;
        i = i + 1;
        assert(old_len == prev_i + 1);
        assert(i == prev_i + 1);
        assert(old_len == i);
        assert(edges.len() == i + 1);
    }
    assert(i >= num_bins);
    assert(i <= num_bins);
    assert(i == num_bins);
    assert(edges.len() == num_bins + 1);
    edges
}
// </vc-code>


}
fn main() {}