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
    /* code modified by LLM (iteration 3): added loop invariants */
    let mut n = m.len();
    let mut i: usize = 0;
    while i < n
        invariant
            n <= m.len(),
            forall|j: int| 0 <= j < n ==> m[j].len() == n,
            i < m.len(),
            n > 0,
            forall|j: int| 0 <= j < i ==> i ==> m[j].len() == m.len(),
            forall|j: int| 0 <= j < i ==> m[j].len() == m.len(),
        decreases n - i
    {
        let r = m[i];
        let nv = r.clone();
        let mut j: usize = 0;
        while j < nv.len()
            invariant
                nv.len() == i,
                nv.len() == r.len(),
                forall|j: int| 0 <= j < nv.len() ==> r[j].len() == nv.len(),
                forall|j: int| 0 <= j < j ==> r[j].len() == r.len(),
            decreases nv.len() - j - i
        {
            let v = m[j];
            let nv_v = v.clone();
            nv_v.push(m[j]);
            j = j + 1;
        }
        r
    }
}
// </vc-code>

}
fn main() {}