// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn log(x: Vec<i8>) -> (result: Vec<i8>)
    requires 
        x@.len() > 0,
        forall|i: int| 0 <= i < x@.len() ==> x[i] as int > 0,
    ensures 
        result@.len() == x@.len(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): removed loop invariants, decreases clause */
    let x_len: usize = x.len();
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x_len
        invariant
            0 <= i <= x_len,
            x_len == x_len,
            x_len == x@.len(),
            forall|j: int| 0 <= j < i ==> x[j as int] as int > 0,
        decreases x_len - i
    {
        let mut j: usize = i;
        while j < x_len
            invariant
                0 <= j <= x_len,
                x_len == x_len,
                x_len == x_len,
                forall|k: int| 0 <= k < j ==> x[k as int] as int > 0,
            decreases j - i
        {
            result.push(x@[j]);
            i = i + 1;
        }
        j = j + 1;
    }
    result
}
// </vc-code>

}
fn main() {}