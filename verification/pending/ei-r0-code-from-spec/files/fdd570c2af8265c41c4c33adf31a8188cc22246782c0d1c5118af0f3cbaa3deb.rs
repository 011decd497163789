// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn longest_common_prefix(str1: &Vec<char>, str2: &Vec<char>) -> (result: Vec<char>)
    ensures
        result.len() <= str1.len(),
        result.len() <= str2.len(),
        forall|i: int| 0 <= i < result.len() ==> result[i] == str1[i] && result[i] == str2[i],
        result.len() == str1.len() || result.len() == str2.len() || 
            (result.len() < str1.len() && result.len() < str2.len() && str1[result.len() as int] != str2[result.len() as int]),
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < str1.len()
        invariant
            i <= str1.len(),
            res.len() <= str1.len(),
            forall|k: int| 0 <= k < res.len() ==> res[k] == str1[k],
            res.len() == str1.len() || res.len() == str2.len(),
            forall|k: int| 0 <= k < res.len() ==> res[k] == str1[k],
            i <= str1.len(),
            res.len() == str1.len() || res.len() == str2.len(),
        decreases (str1.len() as int) as int
    {
        res.push(str1[i]);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}