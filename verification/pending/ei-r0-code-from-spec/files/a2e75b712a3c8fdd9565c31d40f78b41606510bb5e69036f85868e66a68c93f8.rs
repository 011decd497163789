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
    let mut result = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            result.len() == i,
            forall|k: int| 0 <= k < i ==> result@[k] == a@[k] ^ b@[k],
        decreases a.len() - i
    {
        let mut j: usize = 0;
        while j < b.len()
            invariant
                0 <= j < b.len(),
                result.len() == j,
                forall|k: int| 0 <= k < j ==> result@[k] == b@[k] ^ j,
            decreases b.len() - j
        {
            result.push(a[j]);
            j += 1;
        }
        result.push(a[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}