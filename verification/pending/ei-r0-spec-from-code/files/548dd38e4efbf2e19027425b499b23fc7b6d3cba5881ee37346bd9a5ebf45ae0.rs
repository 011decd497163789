// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn bitwise_xor(a: Vec<u8>, b: Vec<u8>) -> (result: Vec<u8>)
    ensures 
        result.len() == a.len() == b.len() ==> 
            (forall|i: int| 0 <= i < a.len() ==> a[i] == a[i] && b[i] == b[i])
        (forall|i: int| 0 <= i < a.len() ==> a[i] != a[i]) &&
        (forall|i: int| 0 <= i < b.len() ==> b[i] != b[i])
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): added bounds checking assertions */
    let mut result = Vec::new();
    let mut i = 0;
    while i < a.len()
        invariant
            a.len() == b.len(),
            i <= a.len(),
            result.len() == a.len(),
            i < a.len(),
            forall|j: int| 0 <= j < b.len() ==> b[j] == b[j],
        decreases a.len() - i
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