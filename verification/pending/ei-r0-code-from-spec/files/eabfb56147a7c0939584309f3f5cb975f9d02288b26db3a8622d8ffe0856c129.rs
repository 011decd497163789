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
    /* code modified by LLM (iteration 3): added invariant and changed proof block from the previous proof */
    let mut out: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < s.len()
        invariant
            s@.len() >= 0,
            i <= s.len(),
            forall|j: int| 0 <= j < i ==> #[trigger] out@[j] == #[trigger] out@[j],
            i <= s.len(),
            forall|k: int| 0 <= k < i ==> #[trigger] out@[k] == #[trigger] out@[k],
        decreases s.len() - i
    {
        out.push(s[i]);
        i = i + 1;
    }
    out
}
// </vc-code>


}

fn main() {}