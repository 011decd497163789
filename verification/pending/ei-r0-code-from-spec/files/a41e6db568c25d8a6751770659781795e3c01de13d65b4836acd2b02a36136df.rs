// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): define endpoint predicate and a simple lemma using it */
spec fn is_endpoint(i: nat, n: nat) -> bool { i == 0 || i + 1 == n }

/* helper modified by LLM (iteration 2): trivial lemma showing the predicate implies the same bounds form */
proof fn lemma_is_endpoint_bounds(i: nat, n: nat)
    requires
        i < n,
    ensures
        is_endpoint(i, n) ==> (i == 0 || i + 1 == n),
{
    // Follows directly from the definition of is_endpoint
}

// </vc-helpers>

// <vc-spec>
fn chebweight(x: Vec<f32>) -> (result: Vec<f32>)
    requires 
        x.len() > 0,
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            result.len() == i,
        decreases x.len() - i as int
    {
        let val = x[i];
        let bound = is_endpoint(i, x.len() - i);
        if bound {
            result.push(x[i]);
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}