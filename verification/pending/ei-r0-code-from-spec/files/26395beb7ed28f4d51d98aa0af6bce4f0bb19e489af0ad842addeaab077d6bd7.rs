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
    let mut res: Vec<String> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            res.len() == i,
            forall|j: int| 0 <= j < i as int ==> res@[j]@ == string_to_upper(res@[j]) &&
            res@[i]@ == string_to_upper(res@[j]@),
        decreases a.len() - i
    {
        res.push(s[i]);
        i = i + 1;
    }
    res
}
// </vc-code>


}
fn main() {}