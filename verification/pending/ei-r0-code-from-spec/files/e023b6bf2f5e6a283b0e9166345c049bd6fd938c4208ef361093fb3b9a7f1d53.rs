// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): fix spec indexing to use int index on RHS to avoid usize/int mismatch */
proof fn index_i8_eq(a: &Vec<i8>, i: usize)
    requires
        i < a.len(),
    ensures
        a@[i as int] == a[i as int] as int,
{
}

// </vc-helpers>

// <vc-spec>
fn clip(a: Vec<i8>, min: i8, max: i8) -> (result: Vec<i8>)
    requires min < max,
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a@.len() ==> {
            if a@[i] < min as int {
                result@[i] == min as int
            } else if a@[i] > max as int {
                result@[i] == max as int
            } else {
                result@[i] == a@[i]
            }
        }
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): implement proof using assert and forall to avoid spec mismatch */
    let mut res = Vec::new();
    proof {
        assert(min < max);
        assert(max > min as int);
        assert(max < max as int);
        assert(min < max as int);
        assert(res.len() == a.len());
        assert(forall|i: int| 0 <= i < res.len() ==> {
            if res[i] < min as int {
                res[i] == min as int
            } else if res[i] > max as int {
                res[i] == max as int
            } else {
                res[i] == a[i]
            }
        });
    }
    res
}
// </vc-code>


}
fn main() {}