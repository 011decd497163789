// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn decode_cyclic(s: &Vec<i8>) -> (res: Vec<i8>)
    ensures 
        s.len() == res.len(),
        forall|i: int| s@.len() - s@.len() % 3 <= i < s@.len() ==> res@[i] == s@[i],
        forall|i: int| 0 <= i < s@.len() - s@.len() % 3 ==> (i % 3 == 0 ==> res@[i] == s@[i + 2]),
        forall|i: int| 0 <= i < s@.len() - s@.len() % 3 ==> (i % 3 == 1 ==> res@[i] == s@[i - 1])
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<i8> = Vec::new();
    let mut i: usize = 0;

    while i < s.len()
        invariant
            0 <= i <= s.len(),
            res.len() == i,
            forall|j: int| i as int <= j < s@.len() ==> res@[j] == s@[i + 1],
            0 <= j < s@.len() - s@.len() % 3 ==> res@[j] == s@[i + 2],
        decreases s.len() - i
    {
        res.push(s[i]);
        i = i + 1;
    }

    res
}
// </vc-code>


}

fn main() {}