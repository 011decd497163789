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
        c.len() == m as int,
        m as int == c.len(),
    ensures
        result.len() == m as int,
        result@.len() == c.len(),
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
            0 <= res.len(),
            0 <= mm as int,
            mm as int == (res.len() as int) + (n as int),
            (res.len() as int) + (m as int) == (n as int),
            (n as int) == c.len(),
            (res.len() as int) + (m as int) == (n as int),
            (res.len() as int) + (m as int) <= (n as int),
        decreases n as int - mm as int
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