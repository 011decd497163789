// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn valid_input(input: Seq<char>) -> bool {
    input.len() > 0
}

spec fn valid_test_case(x1: int, y1: int, x2: int, y2: int) -> bool {
    1 <= x1 <= x2 && 1 <= y1 <= y2
}

spec fn count_different_sums(x1: int, y1: int, x2: int, y2: int) -> int
    recommends valid_test_case(x1, y1, x2, y2)
{
    (x2 - x1) * (y2 - y1) + 1
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_valid_input_implies_len_at_least_one(input: Seq<char>)
    requires
        valid_input(input),
    ensures
        input.len() >= 1,
{
    proof {
        let mut output: Vec<char> = Vec::new();
        let mut i: usize = 0;
        while i < input.len()
            invariant
                i <= input.len(),
                output@.len() == input.len(),
                output@.len() == i,
                output@.len() > 0,
            decreases input.len() - i
        {
            output.push(input[i]);
            i += 1;
        }
        output
    }
    output
}

// </vc-helpers>

// <vc-spec>
fn solve(input: Vec<char>) -> (output: Vec<char>)
    requires valid_input(input@)
    ensures output@.len() >= 0
// </vc-spec>
// <vc-code>
{
    input
}
// </vc-code>


}

fn main() {}