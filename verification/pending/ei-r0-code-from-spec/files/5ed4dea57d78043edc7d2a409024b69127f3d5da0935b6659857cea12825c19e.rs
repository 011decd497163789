// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn preserve_len(v: Vec<i8>) -> (r: Vec<i8>)
    ensures
        r.len() == v.len(),
{
    v
}
// </vc-helpers>

// <vc-spec>
fn hermeweight(x: Vec<i8>) -> (result: Vec<i8>)
    ensures
        result.len() == x.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 5): improved invariant and checks for length constraints */
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            result.len() == i,
        decreases x.len() - i
    {
        if x.len() == i {
            result.push(x[i]);
            i = i + 1;
        } else {
            proof {
                preserve_len(x);
                invariant
                    result.len() == i,
                proof {
                    result.push(0i8),
                }
                assert(result.len() == i);
                assert(i < x.len());
            };
        }
    }
    result
}
// </vc-code>


}
fn main() {}