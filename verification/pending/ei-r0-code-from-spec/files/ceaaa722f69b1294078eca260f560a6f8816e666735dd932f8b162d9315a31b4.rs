// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(lines: Seq<String>) -> bool {
    lines.len() > 0
}

spec fn max_value() -> int { 4294967295 }

spec fn is_overflow(x: int) -> bool {
    x > max_value()
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_bool_excluded_middle(b: bool)
    ensures
        b || !b,
{
    if b {
    } else {
    }
}
// </vc-helpers>

// <vc-spec>
fn solve(input: String) -> (result: String)
    requires valid_input(seq![input])
    ensures result@ =~= "OVERFLOW!!!"@ || !(result@ =~= "OVERFLOW!!!"@)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): fixed a matching pattern in the given proof */
    let r = input as usize;
    let mut result: String = "";
    let mut i = 0;
    while i < r
        invariant
            i <= r,
            r.len(),
            result.len(),
            proof {
                lemma_bool_excluded_middle(i);
                result = i as int;
                i += 1;
            }
        decreases r - i
    {
        result = r;
        i = i + 1;
    }
    result
}
// </vc-code>


}

fn main() {}