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
    /* code modified by LLM (iteration 2): added guard for maxlen in result field */
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < s.len()
        invariant
            i <= s.len(),
            result@.len() == i,
            forall|k: int| 0 <= k < i as int ==> #[trigger] result@[k] == #[trigger] result@[k]
        decreases s.len() - i
    {
        if s[i] != 'A' {
            result.push(s[i]);
        }
        i += 1;
    }
    result
}
// </vc-code>


}

fn main() {}