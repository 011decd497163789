// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): Added missing i <= n loop invariant to prove final length equals n */
fn make_ones(n: usize) -> (v: Vec<f32>)
    ensures
        v@.len() == n as int,
        forall|i: int| 0 <= i < v@.len() ==> v@[i] == 1.0f32,
{
    /* code modified by LLM (iteration 2): Added final length to result by iterating through result_vec and checking for final length == n */
    let n_ = x.len();
    let length_ = n_ as int;
    let i: usize = 0;
    while i < length_
        invariant
            i <= n_ as int,
            i == length_ as int,
            n_ == n_ as int,
            n == x.len(),
            forall|j: int| 0 <= j < i as int ==> i@[j] == 1.0f32,
        decreases n_ - i
    {
        let m = make_ones(i);
        if m.len() == n_ as int {
            assert(m@.len() == n_ as int);
            assert(m@.len() == n_ as int);
        }
        i += 1;
    }
    assert(n_ == n_ as int);
    assert(i == n_ as int);
    assert(x.len() == n_ as int);
}
// </vc-helpers>

// <vc-spec>
fn legweight(x: Vec<f32>) -> (result: Vec<f32>)
    ensures 
        result@.len() == x@.len(),
        forall|i: int| 0 <= i < result@.len() ==> result@[i] == 1.0f32
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): Construct result using helper that makes a vector of ones with the same length as x */
    let n: usize = x.len();
    let result_vec = make_ones(n);
    result_vec
}
// </vc-code>

}
fn main() {}