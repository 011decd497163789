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
    /* code modified by LLM (iteration 2): added loop invariants, decreases clause, and used loop invariants again */
    let mut v: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            i <= x.len(),
            v.len() == i,
            preserve_len(v) == x.len(),
        decreases x.len() - i
    {
        v.push(i);
        i += 1;
    }
    v
}
// </vc-code>


}
fn main() {}