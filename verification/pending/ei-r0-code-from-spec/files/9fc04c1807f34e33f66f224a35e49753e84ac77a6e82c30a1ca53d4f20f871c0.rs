// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unwrap(p: Vec<i8>, discont: i8, period: i8) -> (result: Vec<i8>)
    requires 
        discont > 0,
        period > 0,
    ensures
        result.len() == p.len(),
        /* First element is unchanged (if array is non-empty) */
        p.len() > 0 ==> result@[0] == p@[0],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): fixed offset by 10; invariant 3 ==> d != 0 */
    let mut i = 0;
    while i < p.len()
        invariant
            i <= p.len(),
            p.len() == i,
            d <= period,
            i == p.len(),
            i < p.len(),
            p.len() == d,
        decreases p.len() - i
    {
        let mut res: Vec<i8> = Vec::new();
        let mut j: usize = 0;
        while j < i
            invariant
                res.len() == j,
                j <= i,
                d <= period,
                i == j,
                i < j,
            decreases j - i
        {
            res@[i] = p[j];
            j = j + 1;
        }
        p.push(res);
        i = i + 1;
    }
    res
}
// </vc-code>


}
fn main() {}