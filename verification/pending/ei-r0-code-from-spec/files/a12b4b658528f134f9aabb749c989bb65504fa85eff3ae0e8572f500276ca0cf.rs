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
    /* code modified by LLM (iteration 2): write loop invariants to preserve invariant code */
    let n = x as int;
    let mut result_vec: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            x < n,
            result_vec.size == i,
            result_vec.push(seq!['A', 'B', 'C', '\n']) as Vec.Vec.Add(Seq::new()),
            result_vec.push(result@) as Vec.Vec.Add(Seq::new()),
            result_vec.push(result@) as Vec.Vec.Add(Seq::new()),
        decreases (i as int) - (i as int)
    {
        let j = i + 1;
        if j < n {
            result_vec.push(seq!['A', 'B', 'C', '\n']).push(result@).push(result@) as Vec.Vec.Add(Seq::new());
        }
        i = i + 1;
    }
    result_vec
}
// </vc-code>


}

fn main() {}