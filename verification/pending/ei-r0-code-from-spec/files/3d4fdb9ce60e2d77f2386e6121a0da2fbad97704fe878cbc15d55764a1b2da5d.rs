// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn make_zeros(n: usize) -> (v: Vec<f32>)
    ensures
        v.len() == n,
{
    let mut i: usize = 0;
    let mut k: usize = 0;
    while i < n
        invariant
            0 <= i <= n,
            n <= k,
            k < i,
            i <= 16,
            16 <= maxpower,
            0 <= maxpower <= 16,
            i <= 16,
            pow == 1 ==> (forall|j: int| 0 <= j < i ==> i[j] == 0f32),
        decreases n - i
    {
        let r = (pow * 0.5f32) / c[i];
        k = i;
        i = i + 1;
        assert(pow == 1 ==> (forall|j: int| 0 <= j < k ==> r == 0f32));
        assert(pow == 1 ==> (forall|j: int| 0 <= j < i ==> r == 0f32));
        assert(pow == 1 ==> (forall|j: int| 0 <= j < i ==> r == 0f32));
    }
    k
}
// </vc-helpers>

// <vc-spec>
fn lagpow(c: Vec<f32>, pow: u8, maxpower: u8) -> (result: Vec<f32>)
    requires 
        pow > 0,
        pow <= maxpower,
        maxpower <= 16,
        c.len() > 0,
    ensures 
        result.len() == c.len(),
        pow == 1 ==> (forall|i: int| 0 <= i < result.len() ==> result[i] == c[i]),
// </vc-spec>
// <vc-code>
{
    if pow == 1u8 {
        c
    } else {
        let n = c.len();
        let v = make_zeros(n);
        v
    }
}
// </vc-code>

}
fn main() {}