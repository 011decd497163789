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
        m as int <= c.len(),
    ensures
        result.len() == c.len() - m as int,
        /* Special case: m = 0 returns original polynomial */
        (m == 0 ==> forall|i: int| 0 <= i < result.len() ==> #[trigger] result[i] == c[i]),
        /* General case: m > 0 - coefficients come from higher degree terms */
        (m > 0 ==> forall|i: int| 0 <= i < result.len() ==> 
            #[trigger] result[i] == result[i] /* Mathematical relationship preserved through differentiation */)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): added loop invariants */
    let mut result: Vec<f32> = Vec::new();
    let mut i: usize = 0;
    while i < c.len()
        invariant
            i <= c.len(),
            result.len() == i,
            lemma_cast_u8_usize_le(c, i) == result[i],
            lemma_cast_u8_usize_le(c, i) == result[i],
        decreases (c.len() - i) as int
    {
        result.push(c[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}