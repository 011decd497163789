// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): zero vector constructor avoiding overflow issues by not computing len+1 */
fn make_zero_vec(len: usize) -> (v: Vec<i8>)
    ensures
        v.len() == 0,
{
    let mut res: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < len
        invariant
            i <= len,
            res.len() == i,
        decreases (len - i) as int
    {
        res.push(0i8);
        i = i + 1;
    }
    res
}
// </vc-helpers>

// <vc-spec>
fn chebmulx(c: Vec<i8>) -> (result: Vec<i8>)
    requires c.len() > 0,
    ensures
        result.len() == c.len() + 1,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): build vec of length c.len() and then push one element to avoid computing c.len() + 1 directly */
    let mut res: Vec<i8> = make_zero_vec(c.len());
    res.push(0i8);
    res
}
// </vc-code>

}
fn main() {}