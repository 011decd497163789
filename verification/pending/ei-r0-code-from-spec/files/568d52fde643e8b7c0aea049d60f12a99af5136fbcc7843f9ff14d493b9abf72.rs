// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn encrypt_char(c: char) -> char {
    if 'a' <= c && c <= 'z' {
        (((c as int - 'a' as int + 4) % 26) + 'a' as int) as char
    } else if 'A' <= c && c <= 'Z' {
        (((c as int - 'A' as int + 4) % 26) + 'A' as int) as char
    } else {
        c
    }
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn encrypt(s: Vec<char>) -> (result: Vec<char>)
    requires s@.len() >= 0
    ensures result@.len() == s@.len(),
            forall|i: int| 0 <= i < s@.len() ==> #[trigger] result@[i] == #[trigger] encrypt_char(#[trigger] s@[i])
// </vc-spec>
// <vc-code>
{
    let mut c: Vec<char> = vec![0];
    let mut i: usize = 0;
    while i < s.len()
        invariant
            0 <= i as int && i < s.len(),
            0 <= i && i <= s.len(),
            0 <= c as int && c <= s.len(),
            0 <= c as int && c <= s.len(),
            0 <= i as int && i < s.len(),
            0 <= c as int && c <= s.len(),
            0 <= i as int && i < s.len(),
            0 <= c as int && c <= s.len(),
        decreases s.len() - i
    {
        c.push(s[i]);
        i = i + 1;
    }
    c
}
// </vc-code>


}

fn main() {}