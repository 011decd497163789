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
    /* code modified by LLM (iteration 3): changed `result.len()` to `c.len()` using `const` instead of `m.len()` */
    /* code modified by LLM (iteration 2): removed the loop condition in the loop invariant and replaced it with a loop invariant that maintains the loop invariant */
    let r = c[0];
    let mut i: usize = 1;
    while i < c.len()
        invariant
            0 <= i <= c.len(),
            (m as int) <= (c.len() - i as int),
            r <= c.len(),
        decreases c.len() - i
    {
        let t = c[i];
        r = r as f32;
        i = i + 1;
    }
    r
}
// </vc-code>


}
fn main() {}