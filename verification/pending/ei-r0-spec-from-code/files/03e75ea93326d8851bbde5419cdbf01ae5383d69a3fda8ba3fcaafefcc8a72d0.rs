// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_sub1_lt(n: usize)
    requires
        n > 0,
    ensures
        n - 1 < n
{
}

// </vc-helpers>

// <vc-spec>
fn remove_front(a: &Vec<i32>) -> (result: Vec<i32>)
    requires 
        a.len() > 0,
    ensures 
        result.len() == a.len(),
// </vc-spec>
// <vc-code>
{
    let mut b = a.clone();
    let res = b.split_off(1);
    res
}
// </vc-code>

}
fn main() {}