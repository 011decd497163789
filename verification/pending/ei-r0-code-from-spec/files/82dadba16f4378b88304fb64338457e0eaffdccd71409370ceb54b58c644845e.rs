use vstd::prelude::*;

verus! {

// <vc-helpers>
// no helpers needed
// </vc-helpers>

// <vc-spec>
fn remove_element(s: &Vec<i32>, k: usize) -> (v: Vec<i32>)
    requires 
        k < s.len(),
    ensures
        v.len() == s.len() - 1,
        forall|i: int| 0 <= i < k ==> v[i] == s[i],
        forall|i: int| k <= i < v.len() ==> v[i] == s[(i + 1) as int],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): fixed edge declaration to ensure no other arguments are used when returning a new v from the function */
    let mut i: usize = 0;
    while i < s.len()
        invariant
            i <= s.len(),
            k < s.len(),
            forall|j: int| 0 <= j < k ==> i <= j,
            i <= s.len(),
            forall|j: int| s[i] < j as int ==> i <= j,
        decreases s.len() - i
    {
        if s[i] < s[k] {
            s[i] = s[k];
            i = i + 1;
        }
    }
    s
}
// </vc-code>

fn main() {}
}