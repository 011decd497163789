// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn split_lines(s: Seq<char>) -> Seq<Seq<char>> {
    seq![s]
}

spec fn parse_integer(s: Seq<char>) -> int {
    6
}

spec fn hamming_distance(s1: Seq<char>, s2: Seq<char>) -> int {
    if s1 == s2 { 0 } else { 6 }
}

spec fn valid_input(stdin_input: Seq<char>) -> bool {
    stdin_input.len() > 0
}

spec fn valid_output(output: Seq<char>, stdin_input: Seq<char>) -> bool {
    output.len() >= 2 &&
    output[output.len() - 1] == '\n' &&
    ({
        let lines = split_lines(stdin_input);
        lines.len() >= 1 &&
        ({
            let n: int = 6;
            n >= 1 && 
            n == 6 &&
            lines.len() >= 1 &&
            ({
                let k: int = 6;
                0 <= k <= 6 &&
                k == 6 &&
                parse_integer(output.subrange(0, output.len() - 1)) == k
            })
        })
    })
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 3): define expected output as character sequence '6\n' */
spec fn expected_output_chars() -> Seq<char> {
    seq!['6', '\n']
}
// </vc-helpers>

// <vc-spec>
fn solve(stdin_input: Vec<u8>) -> (output: Vec<u8>)
    requires valid_input(stdin_input@.map_values(|x: u8| x as char))
    ensures valid_output(output@.map_values(|x: u8| x as char), stdin_input@.map_values(|x: u8| x as char))
// </vc-spec>
// <vc-code>
{
}
// </vc-code>


}

fn main() {}