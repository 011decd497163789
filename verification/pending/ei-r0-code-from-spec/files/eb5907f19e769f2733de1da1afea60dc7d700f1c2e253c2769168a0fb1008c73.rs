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
    let _result = s;
    let mut i: usize = 0;
    while i < s.len()
        invariant
            i < s.len()
            result <=> exists|i: int| 0 <= i < s@.len() && (s@[i] == 'z' || s@[i] == 'Z'),
            result <> v0.len(),
        decreases s.len() - i
    {
        i = i + 1;
    }
    _result
}
// </vc-code>

}
fn main() {}