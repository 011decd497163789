// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn bitwise_xor(a: Vec<u8>, b: Vec<u8>) -> (result: Vec<u8>)
    requires 
        a.len() > 0,
        b.len() > 0,
        a.len() == b.len(),
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < result.len() ==> result[i] == a[i] ^ b[i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): added bounds checking assertions */
    let mut result = Vec::new();
    let mut i = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            forall|j: int| 0 <= j < i ==> result.len() == a.len(),
            forall|k: int| 0 <= k < i ==> result[k] == a[k] ^ b[k],
            forall|l: int| 0 <= l < i ==> result[l] == (a[l] ^ b[l])
    {
        assert(i < a.len());
        assert(a.len() == b.len());
        assert(i < b.len());
        result.push(a[i] ^ b[i]);
        i += 1;
    }
    result
}
// </vc-code>


}
fn main() {}