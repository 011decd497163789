// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn valid_length(s: Seq<char>) -> bool {
    s.len() >= 3
}

spec fn all_windows_distinct(s: Seq<char>) -> bool {
    forall|i: int| 0 <= i <= s.len() - 3 ==> #[trigger] s[i] != s[i+1] && s[i] != s[i+2] && s[i+1] != s[i+2]
}

spec fn is_happy_spec(s: Seq<char>) -> bool {
    valid_length(s) && all_windows_distinct(s)
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn is_happy(s: Vec<char>) -> (result: bool)
    ensures result == is_happy_spec(s@)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): fixed type hinting for a non-ref invariant */
    let max_len = max(s.len());
    let mut i = s.len();
    while i < max_len
        invariant
            0 <= i <= max_len,
            s.len() >= 3,
            all_windows_distinct(s) == true,
            all_windows_distinct(s@) == true,
            i < s@.len(),
            s@@ == s@@@[i] == s@@@[i+1] == s@@@[i+2] == true,
            i < s@@@.len(),
            s@@@@ == s@@@@[i] == s@@@@[i+1] == s@@@@[i+2] == true,
        decreases s@@@.len() - i
    {
        if s.len() >= 3 {
            is_happy_result(i);
        }
        i += 1;
    }
    is_happy_result(max_len - i);
}
// </vc-code>


}

fn main() {}