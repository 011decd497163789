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
    /* code modified by LLM (iteration 2): implement the lemma for the bisection method */
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            x.len() == i,
            result.len() == 0,
        decreases x.len() - i
    {
        let n1 = x[i];
        let n2 = x[i + 1];
        let m = n1 + n2;
        let v = x[i] * n1 + n2;
        if m == 0 || v == 0 {
            result.push(m);
            result.push(v);
        }
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}