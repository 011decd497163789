// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): change zeros to take usize instead of nat and adjust decreases to use int casts to avoid type mismatches */
fn zeros(n: usize) -> (result: Vec<f32>)
    ensures
        result.len() == n,
{
    let mut v: Vec<f32> = Vec::new();
    while v.len() < n
        invariant
            v.len() <= n,
        decreases (n as int) - (v.len() as int)
    {
        v.push(0.0f32);
    }
    v
}
// </vc-helpers>

// <vc-spec>
fn lstsq(a: Vec<Vec<f32>>, b: Vec<f32>) -> (result: Vec<f32>)
    requires 
        a.len() > 0,
        b.len() > 0,
        a.len() == b.len(),
        forall|i: int| 0 <= i < a.len() ==> #[trigger] a[i].len() > 0,
        forall|i: int| 0 <= i < a.len() ==> #[trigger] a[i].len() == a[0].len(),
    ensures
        result.len() == a[0].len()
// </vc-spec>
// <vc-code>
{
    let mut v: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            a.len() == i,
            v.len() == i,
        decreases (i as int) - (i as int)
    {
        let k: usize = 0;
        while k < a.len()
            invariant
                k <= a.len(),
                a.len() == k,
                v.len() == i,
                a.len() == a.len(),
            decreases (k as int) - (k as int)
        {
            v.push(0.0f32);
            i += 1;
        }
        i = i + 1;
    }
    v
}
// </vc-code>


}
fn main() {}