// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn string_to_upper(s: Seq<char>) -> Seq<char> {
    s
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_string_to_upper_id(s: Seq<char>)
    ensures
        string_to_upper(s) == s,
{
}
// </vc-helpers>

// <vc-spec>
fn upper(a: Vec<String>) -> (result: Vec<String>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() as int ==>
            result@[i]@ == string_to_upper(a@[i]@) &&
            result@[i]@.len() == a@[i]@.len()
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): optimize the invariant to ensure lemma_string_to_upper_id holds the desired length */
    let mut result: Vec<String> = Vec::new();
    lemma_string_to_upper_id(a);
    let mut i = 0;
    while i < a.len()
        invariant
            result@.len() == i,
            forall|j: int| 0 <= j < i as int ==>
                result@[j]@ == string_to_upper(a@[j]@) &&
                result@[j]@.len() == a@[j]@.len(),
        decreases (a.len() as int) - (i as int)
    {
        if a[i] == a[i as int] {
            result.push(string_to_upper(a[i]));
        }
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}