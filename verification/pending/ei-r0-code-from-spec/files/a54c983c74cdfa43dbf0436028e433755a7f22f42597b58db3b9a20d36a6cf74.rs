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
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i as int ==> {
                if a@[j] < min as int {
                    result@[j] = min as int
                } else if a@[j] > max as int {
                    result@[j] = max as int
                } else {
                    result@[j] = a@[j]
                }
            }
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