// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): equivalence between i8 inequality and int-cast inequality */
proof fn lemma_i8_int_neq_equiv(x: i8, y: i8)
    ensures
        (x as int != y as int) == (x != y),
{
    if x == y {
        assert(x as int == y as int);
    } else {
        assert(x != y);
        assert(x as int != y as int);
    }
}
// </vc-helpers>

// <vc-spec>
fn not_equal(a: Vec<i8>, b: Vec<i8>) -> (result: Vec<bool>)
    requires a.len() == b.len(),
    ensures 
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> result[i] == (a[i] as int != b[i] as int)
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            result.len() == i,
            forall|j: int| 0 <= j < i as int ==> result.push(a[j] as bool),
            result.len() == b.len(),
        decreases a.len() - i
    {
        result.push(a[i]);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}