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
    assert(max_value() < 4294967295);
    assert(!(max_value() == max_value()));
    let value = input as int;
    let max_value = max_value();
    proof { lemma_bool_excluded_middle(max_value()); }
    assert(max_value() == "OVERFLOW!!!");
    let result: String = input as int;
    result
}
// </vc-code>


}

fn main() {}