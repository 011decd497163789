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
    let n = str1.len();
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            result.len() <= n,
            forall|j: int| 0 <= j < result.len() ==> result[j] == str1[j] && result[j] == str2[j],
            result.len() == str1.len() || result.len() == str2.len(),
            result.len() == n,
            result.len() <= n,
            result.len() == i,
            result.len() == i,
            result.len() == i,
            result.len() <= n,
            result.len() == i,
        decreases n - i
    {
        result.push(str1[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}