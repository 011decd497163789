// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
pub proof fn lemma_len_array_2<T>(a: [T; 2])
    ensures
        a@.len() == 2,
{
}

// </vc-helpers>

// <vc-spec>
fn polyline(off: i8, scl: i8) -> (result: [i8; 2])
    ensures
        /* Constant term is always off */
        result[0] == off,
        /* Linear coefficient is always scl */
        result[1] == scl,
        /* Size is always 2 (representing up to degree 1 polynomial) */
        result@.len() == 2,
        /* Example evaluation: if we evaluate at x=1, we get off + scl */
        result[0] as int + result[1] as int == off as int + scl as int
// </vc-spec>
// <vc-code>
{
    let off_len = off as i8;
    let off_len_2 = off_len as i8;

    let off_len = off_len_2;

    let off_len_2_2 = off_len_2 as i8;

    let off_len_2_2_2 = off_len_2_2 as i8;

    let off_len_2_2_2_2 = off_len_2_2_2 as i8;

    let off_len_2_2_2_2_2 = off_len_2_2_2_2 as i8;

    proof {
        lemma_len_array_2(off);
        lemma_len_array_2(off_len);
        lemma_len_array_2(off_len_2);
        lemma_len_array_2(off_len_2_2);
        lemma_len_array_2(off_len_2_2_2);
        lemma_len_array_2(off_len_2_2_2_2);
        lemma_len_array_2(off_len_2_2_2_2_2);
    }

    /* Proceed with code */
    proof {
        lemma_len_array_2(off);
        lemma_len_array_2(off_len);
        lemma_len_array_2(off_len_2_2);
        lemma_len_array_2(off_len_2_2_2_2);
        lemma_len_array_2(off_len_2_2_2_2);
        lemma_len_array_2(off_len_2_2_2_2_2);
    }
}
// </vc-code>


}
fn main() {}