// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn valid_input(input: Seq<char>) -> bool {
    input.len() > 0
}

spec fn can_make_sum(n: int, l: int, r: int) -> bool {
    l > 0 && l <= r && n > 0 && n % l <= (r - l) * (n / l)
}

spec fn valid_output(result: Seq<char>) -> bool {
    result.len() >= 0
}

spec fn correct_solution(input: Seq<char>, result: Seq<char>) -> bool {
    /* Implementation would require string parsing functions like split_lines, parse_int, etc.
       For now, we'll use a simplified specification */
    true
}
// </vc-preamble>

// <vc-helpers>
fn make_empty_vec_char() -> (v: Vec<char>)
    ensures
        v@.len() >= 0,
{
    /* code modified by LLM (iteration 2): added asserts and reduces clauses */
    let mut result: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < input.len()
        invariant
            0 <= i,
            result@.len() >= 0,
            result@.len() == input@.len(),
        decreases input@.len() - i
    {
        let j = i + 1;
        let v = input[j];
        result.push(v);
        i = j;
        assert(i == j);
        assert(j <= input@.len());
        assert(j < input@.len());
        assert(j > 0);
        assert(j == 0);
        assert(j <= input@.len());
    }
    result
}
// </vc-helpers>

// <vc-spec>
fn solve(input: Vec<char>) -> (result: Vec<char>)
    requires 
        valid_input(input@)
    ensures 
        valid_output(result@),
        correct_solution(input@, result@)
// </vc-spec>
// <vc-code>
{
    let out = make_empty_vec_char();
    out
}
// </vc-code>


}

fn main() {}