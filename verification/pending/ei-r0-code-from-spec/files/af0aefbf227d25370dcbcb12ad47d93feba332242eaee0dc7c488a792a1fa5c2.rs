// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn bitwise_xor(a: Vec<u8>, b: Vec<u8>) -> (result: Vec<u8>)
    requires 
        a.len() == b.len(),
        a.len() > 0,
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a@.len() ==> result@[i] == a@[i] ^ b@[i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added loop invariants, decreases clauses */
    let mut result: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i ==> result@[j] == a@[j],
        decreases a.len() - i
    {
        let n = a[i];
        let mut j: usize = 0;
        while j < b.len()
            invariant
                j < b.len(),
                result@[j] == n,
            decreases b.len() - j
        {
            result.push(n);
            j = j + 1;
        }
        result.push(n);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}