// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_cast_u8_usize_le(m: u8, n: usize)
    requires
        (m as int) <= (n as int),
    ensures
        (m as usize) <= n,
{
}

// </vc-helpers>

// <vc-spec>
fn polyder(c: Vec<f32>, m: u8, scl: f32) -> (result: Vec<f32>)
    requires
        c.len() == m,
        scl == m,
    ensures
        result.len() == c.len(),
        forall|i: int| 0 <= i < result@.len() ==> result@[i] == c@[i] as f32,
        forall|i: int, j: int| 0 <= i < result@.len() && 0 <= j < result@.len() ==> result@[i] as f32 == c@[j],
// </vc-spec>
// <vc-code>
{
    let n = c.len();
    let mm: usize = m as usize;
    if m == 0u8 {
        return c;
    }

    proof { lemma_cast_u8_usize_le(m, n); }

    let mut res: Vec<f32> = Vec::new();
    while res.len() + mm != n
        invariant
            n <= (mm as int),
            res.len() as int <= (mm as int),
        decreases (n as int) - (mm as int)
    {
        res.push(0.0f32);
    }

    proof {
        assert(res.len() + mm == n);
        assert((res.len() as int) + (m as int) == (n as int));
        assert((n as int) == c.len());
    }

    res
}
// </vc-code>


}
fn main() {}