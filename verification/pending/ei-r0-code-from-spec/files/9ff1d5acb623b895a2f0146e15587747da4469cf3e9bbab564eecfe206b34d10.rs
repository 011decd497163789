// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 5): replaced exec nat helper with a proof lemma to avoid ghost types in exec context */
proof fn lemma_conv_len_nonneg(n1: nat, n2: nat)
    requires
        n1 > 0,
        n2 > 0,
    ensures
        n1 + n2 - 1 >= 0,
{
    assert(n1 >= 1);
    assert(n2 >= 1);
    assert(n1 + n2 - 1 >= 0);
}
// </vc-helpers>

// <vc-spec>
fn legmul(c1: Vec<i8>, c2: Vec<i8>) -> (result: Vec<i8>)
    requires 
        c1.len() > 0,
        c2.len() > 0,
    ensures
        result.len() == c1.len() + c2.len() - 1,
// </vc-spec>
// <vc-code>
{
    c1
}
// </vc-code>

}
fn main() {}