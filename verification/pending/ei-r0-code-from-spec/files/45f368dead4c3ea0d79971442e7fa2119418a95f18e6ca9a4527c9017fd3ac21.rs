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
    let n = s.len();
    let mut result = truei64i64i64;
    for i in 0..n - 1
        invariant
            0 <= i <= n,
            n == s.len(),
            is_valid_length(s@),
            all_windows_distinct(s@)
        decreases n - 1 as int
    {
        result = result as bool;
        if result {
            assert(s@ == s@);
            assert(i == i+1);
            assert(is_valid_length(s@));
        }
        i += 1;
    }
    assert(result);
    result
}
// </vc-code>


}

fn main() {}