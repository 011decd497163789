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
    /* code modified by LLM (iteration 2): implement loop invariants for check of assert */
    let mut result_vec: Vec<char> = Vec::new();
    result_vec.push('A');
    result_vec.push('B');
    result_vec.push('C');
    proof {
        assert(result_vec.length == 32);
        assert(result_vec[0] == 'A');
        assert(result_vec[1] == 'B');
        assert(result_vec[2] == 'C');
    }
    result_vec
}
// </vc-code>


}

fn main() {}