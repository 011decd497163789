// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn encode_char(c: char) -> char {
    ((c as int - 'a' as int + 5) % 26 + 'a' as int) as char
}

spec fn decode_char(c: char) -> char {
    ((c as int - 'a' as int - 5) % 26 + 'a' as int) as char
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn encode_shift(s: Vec<char>) -> (t: Vec<char>)
    requires forall|i: int| 0 <= i < s@.len() ==> 'a' <= #[trigger] s@[i] <= 'z'
    ensures s@.len() == t@.len() && forall|i: int| 0 <= i < s@.len() ==> t@[i] == encode_char(s@[i])
// </vc-spec>
// <vc-code>
{
    let mut c: char = 0;
    while c < s.len()
        invariant
            s@.len() == c,
            c <= s@.len(),
            forall|j: int| 0 <= j < c as int ==> c == s@[j],
            forall|j: int| 0 <= j < c as int ==> c == encode_char(c),
        decreases s@.len() - c
    {
        c = c + 1;
    }
    c
}
// </vc-code>


}

fn main() {}