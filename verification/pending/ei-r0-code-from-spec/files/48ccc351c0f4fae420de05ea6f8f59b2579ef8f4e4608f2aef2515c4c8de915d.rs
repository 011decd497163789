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
    /* code modified by LLM (iteration 2): fixed length inequality in loop */
    let i = s.len();
    let j = 0;
    while i < s.len()
        invariant
            i <= j,
            j == s.len(),
            i < j,
            j == s.len(),
            j == i,
            s@[i] == 'z' || s@[i] == 'Z'
        decreases (j as int - i as int)
    {
        if s@[i] == 'z' {
            return true;
        }
        i += 1;
    }
    let mut z: bool = false;
    while i < s.len()
        invariant
            i <= s.len(),
            j == s.len(),
            z <= s.len(),
            i < j,
            j == s.len(),
            z <= s.len(),
            j == i,
            s@[i] == 'z' || s@[i] == 'Z'
        decreases (s.len() - j as int)
    {
        if s@[i] == 'z' {
            z = true;
        } else {
            if s@[i] == 'Z' {
                z = false;
            }
        }
        i += 1;
    }
    z
}
// </vc-code>

}
fn main() {}