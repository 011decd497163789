// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_i8_one_positive()
    ensures
        1i8 as int > 0,
{
}

// </vc-helpers>

// <vc-spec>
fn ones(n: usize) -> (result: Vec<i8>)
    ensures
        result.len() == n,
        forall|i: int| 0 <= i < n ==> result[i] as int == 1,
        forall|i: int, j: int| 0 <= i < n && 0 <= j < n ==> result[i] == result[j],
        forall|i: int| 0 <= i < n ==> result[i] as int > 0,
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 1;
    while i < n
        invariant
            i <= n,
            result.len() == i,
            forall|k: int| 0 <= k < i ==> result[k as int] == 1,
            forall|k: int, j: int| 0 <= k < i ==> result[k] as int == 1,
            forall|k: int, j: int, k+1: int| 0 <= k <= j ==> result[k] == result[j+k],
            forall|k: int, j: int, k+1: int| 0 <= k <= j ==> result[k+j] == result[j+k],
        decreases n - i
    {
        result.push(1);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}