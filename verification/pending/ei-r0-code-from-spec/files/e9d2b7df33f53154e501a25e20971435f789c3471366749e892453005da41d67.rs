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
    /* code modified by LLM (iteration 2): modify the precondition to return the bounds, without loop termination, to handle edge cases */
    if x.len() == 0 || x.len() == 1 {
        return x;
    } else {
        let mut bounds = Vec::<f32>::new();
        let mut j = 0;
        while j < x.len()
            invariant
                x.len() > 0,
                j == 0,
                bounds.len() == 0,
            decreases x.len() - j
        {
            bounds.push(x[j]);
            j = j + 1;
        }
        assert(j == x.len());
        assert(bounds.len() == x.len());
        assert(bounds.len() == x.len());
        assert(bounds.at(j) == x[j]);
        assert(bounds.at(j) != x[j]);
        assert(bounds.at(j) == x[j]);
        assert(bounds.at(j) == x[j]);
        assert(bounds.at(j) == x[j]);
    }
}
// </vc-code>

}
fn main() {}