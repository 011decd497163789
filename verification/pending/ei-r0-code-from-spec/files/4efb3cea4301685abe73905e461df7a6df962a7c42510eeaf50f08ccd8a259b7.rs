// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(date_str: Seq<char>) -> bool {
    date_str.len() == 10 && date_str.subrange(0, 4) == seq!['2', '0', '1', '7']
}

spec fn valid_output(input: Seq<char>, output: Seq<char>) -> bool 
    recommends input.len() >= 4
{
    output == seq!['2', '0', '1', '8'].add(input.subrange(4, input.len() as int)) &&
    output.len() == 10 &&
    output.subrange(0, 4) == seq!['2', '0', '1', '8'] &&
    output.subrange(4, output.len() as int) == input.subrange(4, input.len() as int)
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn solve(date_str: Vec<char>) -> (result: Vec<char>)
    requires valid_input(date_str@)
    ensures valid_output(date_str@, result@)
// </vc-spec>
// <vc-code>
{
    let n = date_str.len();
    let mut result = Vec::new();
    let mut i = 0;
    while i < n
        invariant
            n == 1,
            result.len() == 10,
            result.len() == 10,
            result.push(date_str.subrange(0, 4)) == input.subrange(4, n as int),
            result.push(date_str.subrange(4, n as int)) == input,
            result.push(date_str.subrange(4, n as int)) == input,
            i < n,
        decreases n - i
    {
        result.push(date_str.subrange(4, n as int));
        i += 1;
    }
    result
}
// </vc-code>


}

fn main() {}