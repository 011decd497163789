// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn to_lower(c: char) -> char {
    if 'A' <= c && c <= 'Z' {
        ((c as u8 - 'A' as u8 + 'a' as u8) as char)
    } else {
        c
    }
}

spec fn is_palindrome_spec(text: Seq<char>) -> bool {
    forall|i: int| 0 <= i < text.len() ==> #[trigger] to_lower(text[i]) == to_lower(text[text.len() - 1 - i])
}
// </vc-preamble>

// <vc-helpers>
fn to_lower_exec(c: char) -> (res: char)
    ensures
        res == to_lower(c),
{
    if 'A' <= c && c <= 'Z' {
        ((c as u8 - 'A' as u8 + 'a' as u8) as char)
    } else {
        c
    }
}

/* helper modified by LLM (iteration 2): [reviewed lemma proof] */
proof fn lemma_palindrome_mirror(text: Seq<char>)
    requires
        forall|i: int| 0 <= i < text.len() / 2 ==> #[trigger] to_lower(text[i]) == to_lower(text[text.len() - 1 - i]),
    ensures
        is_palindrome_spec(text),
{
    let n = text.len();
    assert forall|k: int| 0 <= k < n implies #[trigger] to_lower(text[k]) == to_lower(text[n - 1 - k]) by {
        if k >= n / 2 {
            let k_mirror = n - 1 - k;
            assert(to_lower(text[k_mirror]) == to_lower(text[n - 1 - k_mirror]));
        }
    }
}
// </vc-helpers>

// <vc-spec>
fn is_palindrome(text: Vec<char>) -> (result: bool)
    ensures result <==> is_palindrome_spec(text@)
// </vc-spec>
// <vc-code>
{
    if text.len() == 0 {
        // ...
    } else {
        assert(to_lower(text[0]) == to_lower(text[0]));
        assert(text@ == text[0]);
        assert(is_palindrome_spec(text@));
        assert(text@ == text[0]);
    }
}
// </vc-code>


}

fn main() {}