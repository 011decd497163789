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
    let v: Vec<char> = s.clone();
    let mut k: usize = 0;
    while v.len() < t.len()
        invariant
            v.len() == t.len(),
            forall|j: int| 0 <= j < k ==> v@[j] <= encode_char(v@[j]),
            forall|j: int| 0 <= j < k ==> v@[j] == decode_char(v@[j]),
            forall|j: int| 0 <= j < k ==> v@[j] == encode_char(v@[j]),
            forall|j: int| 0 <= j < k ==> v@[j] == decode_char(v@[j]),
        decreases t.len() - v.len() - 1
    {
        let _ = v.clone();
        k = v.len() - 1;
        v.push(_);
        v.push(encode_shift(_));
    }
    v
}
// </vc-code>


}

fn main() {}