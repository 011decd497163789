// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): added trivial proof helper to keep helpers section valid */
proof fn helper_trivial() {
}

// </vc-helpers>

// <vc-spec>
fn strip(a: Vec<String>, chars: Option<String>) -> (result: Vec<String>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() as int ==> {
            #[trigger] result[i]@.len() <= a[i]@.len() &&
            (a[i]@.len() == 0 ==> result[i]@.len() == 0)
        }
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<String> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            result.len() == a.len(),
            result[i]@.len() == a[i]@.len() &&
            a[i]@.len() == 0,
            result@.len() <= a@.len(),
        decreases a.len() - i
    {
        result.push(chars[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}