// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(x: int) -> bool {
    1 <= x <= 3000
}

spec fn correct_output(x: int, result: Seq<char>) -> bool {
    (x < 1200 ==> result == seq!['A', 'B', 'C', '\n']) &&
    (x >= 1200 ==> result == seq!['A', 'R', 'C', '\n'])
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): no helpers required */
// </vc-helpers>

// <vc-spec>
fn solve(x: i32) -> (result: Vec<char>)
    requires valid_input(x as int)
    ensures correct_output(x as int, result@)
// </vc-spec>
// <vc-code>
{
    if x < 1200 {
        let res = seq!['A', 'B', 'C', 'R', '\n'];
        let n = x as int;
        res.push(char('A'));
        res.push(char('B'));
        res.push(char('C'));
        res.push(char('R'));
        res.push('C');
        res.push('R');
        res.push('R');
        res.push('R');
    } else {
        let res = seq!['A', 'B', 'C', '\n', 'R', '\n', 'C', '\n'];
        let n = x as int;
        let result = seq!['A', 'B', 'C', '\n', 'R', '\n', 'C', '\n'];
        result.push(char('A'));
        result.push(char('B'));
        result.push(char('C'));
        result.push('R');
        result.push('C');
        result.push('R');
        result.push('R');
    }
    result
}
// </vc-code>


}

fn main() {}