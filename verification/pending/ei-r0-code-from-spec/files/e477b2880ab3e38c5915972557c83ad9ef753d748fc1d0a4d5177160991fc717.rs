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
    let s_int = s[0];
    let s_bool = s[1];
    if s_bool {
        assert(s_int == 'z' || s_int == 'Z');
    } else {
        assert(s_int == 'Z' || s_int == 'Z');
    }
    if s_bool {
        assert(s_int == 'True' || s_int == 'T');
    } else {
        assert(s_int == 'False' || s_int == 'F');
    }
    if s_bool {
        assert(s_bool == 'true' || s_bool == 'T');
    } else {
        assert(s_bool == 'false' || s_bool == 'F');
    }
}
// </vc-code>

}
fn main() {}