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
    if s.find('z') == 0 {
        /* code modified by LLM (iteration 3): modified `contains_z` to check if z exists in the string */
        if s[i] == 'z' {
            return true;
        } else {
            return false;
        }
    }
}
// </vc-code>

}
fn main() {}