use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn reverse(a: &Vec<char>) -> (b: Vec<char>)
    requires 
        a.len() > 0,
    ensures 
        b.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> b[i] == a[a.len() - i - 1],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added loop invariants, decrease clauses, proofs in the body */
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == a.len(),
            forall|k: int| 0 <= k < i ==> res[k] == a[a.len() - i - 1],
        decreases a.len() - i
    {
        res.push(a[i]);
        i = i + 1;
    }
    res
}
// </vc-code>

fn main() {
}

}