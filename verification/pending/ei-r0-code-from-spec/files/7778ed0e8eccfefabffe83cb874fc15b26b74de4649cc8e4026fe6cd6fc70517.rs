// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn rot90(m: Vec<Vec<f32>>, k: i32) -> (result: Vec<Vec<f32>>)
    requires
        m.len() > 0,
        forall|i: int| 0 <= i < m.len() ==> m[i].len() == m.len(),
    ensures
        result.len() == m.len(),
        forall|i: int| 0 <= i < result.len() ==> result[i].len() == m.len()
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): fixed a typo in proof */
    let mut a: Vec<f32> = Vec::new();
    let mut k: i32 = 0;
    while k < m.len()
        invariant
            a.len() == m.len(),
            forall|i: int| 0 <= i < a.len() ==> a[i].len() == m.len(),
        decreases (m.len() - k) as int
    {
        let mut v: Vec<f32> = Vec::new();
        let mut i: i32 = 0;
        while i < k
            invariant
                a.len() == m.len(),
                v.len() == a.len(),
            decreases (k as int) as int
        {
            v.push(m[i]);
            k = k + 1;
            i = i + 1;
        }
        a.push(m[i]);
        k = k + 1;
    }
    a
}
// </vc-code>

}
fn main() {}