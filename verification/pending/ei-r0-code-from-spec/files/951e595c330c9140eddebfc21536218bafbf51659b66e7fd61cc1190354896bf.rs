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
    let mut s_ = S::new();
    let mut t: Vec<char> = S;
    let mut i: usize = 0;
    while i < s_.len()
        invariant
            s_@.len() == s@.len(),
            i <= s_@.len(),
            forall|j: int| 0 <= j < i as int ==> t@[j] == encode_shift(s@[j]),
            forall|j: int| 0 <= j < i as int ==> t@[j] == decode_shift(s@[j]),
        decreases s_@.len() - i
    {
        let c_ = s_[i];
        let s_shift = s_[i] as char;
        s_shift = (s_shift as int) + 5;
        t.push(c_ as char);
        i = i + 1;
    }
    t
}
// </vc-code>


}

fn main() {}