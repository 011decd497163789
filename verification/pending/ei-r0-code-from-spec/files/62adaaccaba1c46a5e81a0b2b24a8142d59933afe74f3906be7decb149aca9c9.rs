// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn contains_z(s: &str) -> (result: bool)
    ensures
        result <==> exists|i: int| 0 <= i < s@.len() && (s@[i] == 'z' || s@[i] == 'Z'),
// </vc-spec>
// <vc-code>
{
    let r = s.length;
    let mut i = 0;
    while i < r
        invariant
            r < s.len() + 1,
            i <= s@.len(),
            i == s@.len(),
            i == s@.len(),
            r == s@[i],
            s@@[i] == 'z' || s@[i] == 'Z',
            s@[i] == 'z' || s@[i] == 'Z' ==>
            result,
        decreases s@.len() - i
    {
        if s@[i] == 'z' {
            if s@[i] == 'Z' {
                return true;
            }
        }
        i += 1;
    }
    return false;
}
// </vc-code>

}
fn main() {}