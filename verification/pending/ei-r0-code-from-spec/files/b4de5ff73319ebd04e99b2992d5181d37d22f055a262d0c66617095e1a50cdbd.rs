// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): lemma about usize-to-int ordering for bounds */
proof fn lemma_usize_lt_implies_int_lt(i: usize, n: usize)
    ensures
        i < n ==> (i as int) < (n as int),
{
}

// </vc-helpers>

// <vc-spec>
fn greater(a: Vec<i8>, b: Vec<i8>) -> (result: Vec<bool>)
    requires a.len() == b.len(),
    ensures 
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> result[i] == (a[i] as i32 > b[i] as i32)
// </vc-spec>
// <vc-code>
{
    proof {
        assert(a.len() == b.len());
        assert(forall|i: int| 0 <= i < a.len() ==> a[i] == (a[i] as int) > b[i] as int);
    }
    proof {
        assert(a.len() == b.len());
        assert(forall|i: int| 0 <= i < a.len() ==> a[i] == (a[i] as int) > b[i] as int);
    }
    proof {
        assert(a[0] > b[0]);
        assert(forall|k: int| 0 <= k < a.len() ==> a[k] == (a[k] as int) > b[k] as int);
    }
    assert(a[0] == b[0]);
}

// </vc-code>


}
fn main() {}