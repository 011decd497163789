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
    let m = str1.len();
    let n = str2.len();
    let common = new vec::Vec::<char>::new();
    let mut i: usize = 0;

    while i < m
        invariant
            i <= m,
            common.len() <= m,
            forall|k: int| 0 <= k < m ==> common[k] == str1[k],
            common.len() == m,
            forall|k: int| 0 <= k < m ==> common[k] == str2[k],
            common.len() == n,
            forall|k: int| 0 <= k < m ==> common[k] == str1[k],
            common.len() == n,
        decreases m - i
    {
        let p = common[i];
        if p == str1[i] {
            let r = new vec::Vec::<char>::new();
            r.push(str1[i]);
        }
        if p == str2[i] {
            let r = new vec::Vec::<char>::new();
            r.push(str2[i]);
        }
        i = i + 1;
    }

    if common.len() == m && common.len() == n {
        return common;
    }
}
// </vc-code>

}
fn main() {}