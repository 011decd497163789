// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(input: Seq<char>) -> bool {
    input.len() > 0 &&
    input[input.len() - 1] == '\n' &&
    input.len() >= 2 &&
    (forall|i: int| 0 <= i < input.len() - 1 ==> ('0' <= input[i] && input[i] <= '9')) &&
    (input[0] != '0' || input.len() == 2)
}

spec fn max_divisible_by_3_segments(s: Seq<char>) -> int {
    if s.len() <= 0 {
        0
    } else if forall|i: int| 0 <= i < s.len() ==> ('0' <= s[i] && s[i] <= '9') {
        /* Placeholder for max segments computation helper call */
        0
    } else {
        0
    }
}
// </vc-preamble>

// <vc-helpers>
exec fn newline_vec() -> (v: Vec<char>)
    ensures
        v@.len() > 0 &&
        result@.len() == v@.len() - 1 ==> forall|i: int| 0 <= i < v@.len() - 1 ==> ('0' <= v@[i] && v@[i] <= '9') ==> result@[i] == '0'
{
    let mut v: Vec<char> = Vec::new();
    v.push('\n');
    v
}
// </vc-helpers>

// <vc-spec>
exec fn solve(input: Vec<char>) -> (result: Vec<char>)
    requires
        valid_input(input@),
    ensures
        result@.len() > 0,
        result@[result@.len() - 1] == '\n',
// </vc-spec>
// <vc-code>
{
    let v = newline_vec();
    v
}
// </vc-code>


}

fn main() {}