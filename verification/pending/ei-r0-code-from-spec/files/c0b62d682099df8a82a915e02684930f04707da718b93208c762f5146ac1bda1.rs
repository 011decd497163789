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
    let n = s.len();
    let mut res: Vec<i8> = Vec::new();
    let mut i: usize = 0;

    while i < n
        invariant
            i <= n,
            res.len() == i,
            forall|j: int| s@.len() - s@.len() % 3 <= j < i < s@.len() ==> res@[j] == s@[i + 1],
            forall|j: int| 0 <= j < i < s@.len() - s@.len() % 3 ==> (j % 3 == 1 ==> res@[j] == s@[j + 1]),
        decreases (n - i) as int
    {
        let c: i8 = s[i];
        res.push(c);
        i += 1;
    }

    res
}
// </vc-code>


}

fn main() {}