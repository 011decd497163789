// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): create singleton Vec<String> by consuming an existing String to avoid String::new */
fn singleton_vec_from_string(s: String) -> (v: Vec<String>)
    ensures
        v@.len() == 1,
{
    let mut v: Vec<String> = Vec::new();
    v.push(s);
    v
}
// </vc-helpers>

// <vc-spec>
fn splitlines(a: Vec<String>, keepends: bool) -> (result: Vec<Vec<String>>)
    requires a@.len() > 0,
    ensures 
        result@.len() == a@.len(),
        forall|i: int| 0 <= i < result@.len() ==> #[trigger] result@[i]@.len() >= 1
// </vc-spec>
// <vc-code>
{
    let mut v: Vec<String> = Vec::new();
    v.push(" ");
    v
}
// </vc-code>

}
fn main() {}