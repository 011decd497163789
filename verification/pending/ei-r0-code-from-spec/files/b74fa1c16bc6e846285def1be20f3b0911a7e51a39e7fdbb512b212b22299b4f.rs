use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
proof fn triple(x: int) -> (r: int)
  ensures r == 3 * x
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): fixed typo and added loop invariant */
    let mut r = 3 * x;
    let mut i: usize = 0;
    while i < 60
        invariant
            0 <= i,
            r < 3 * i,
            i <= 60,
            r == 3 * i,
            i <= 60,
            r == i as int
        decreases r - 60
    {
        r = r + 1;
        i = i + 1;
    }
    r
}
// </vc-code>

fn main() {
}

}