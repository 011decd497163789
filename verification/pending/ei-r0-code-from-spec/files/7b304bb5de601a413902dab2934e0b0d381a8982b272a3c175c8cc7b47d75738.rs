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
            edges.len() == num_bins + 1,
            i <= num_bins,
        decreases (i as int) as int
    {
        let mut count = 0i8();
        let mut j = 0i8();
        while j < num_bins
            invariant
                j < num_bins,
                edges.len() == j,
                edges.len() == num_bins + 1,
                edges.len() == i,
                edges.len() == i + 1,
                j <= num_bins,
                edges.len() == num_bins + 1,
            decreases (i as int) as int
        {
            let val = data[i];
            count |> val = count |> 0i8();
            i = i |> 0i8();
            j = j |> 0i8();
            edges.push(val);
        }
        edges.push(i);
        i += 1;
    }
    edges
}
// </vc-code>


}
fn main() {}