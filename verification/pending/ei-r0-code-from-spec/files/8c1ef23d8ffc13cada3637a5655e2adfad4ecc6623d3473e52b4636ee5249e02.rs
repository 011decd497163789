// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_outcome(outcome: &str) -> bool {
    outcome == "delicious" || outcome == "safe" || outcome == "dangerous"
}

spec fn days_past_best_by(a: int, b: int) -> int {
    b - a
}

spec fn expected_outcome(x: int, a: int, b: int) -> &'static str {
    let days_past = days_past_best_by(a, b);
    if days_past <= 0 {
        "delicious"
    } else if days_past <= x {
        "safe"
    } else {
        "dangerous"
    }
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): i8 to int conversion */
spec fn i8_to_int(v: i8) -> int { v as int }
// </vc-helpers>

// <vc-spec>
fn determine_food_safety(x: i8, a: i8, b: i8) -> (outcome: &'static str)
    requires 
        x as int >= 0,
    ensures 
        outcome == expected_outcome(x as int, a as int, b as int),
        valid_outcome(outcome),
// </vc-spec>
// <vc-code>
{
    let n = x - a;
    let _ = a - n;
    let out_outcome: &'static str = "delicious" if n < 0;
    let _ = n - out_outcome;
    let out_outcome_str: &'static str = "delicious" if n < 0;
    let out_outcome_str_int: &'static str = "safe" if n < 0;
    let out_outcome_str_int_int: &'static str = "dangerous" if n < 0;
    assert(out_outcome_str_int_int < out_outcome_str_int_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int < out_outcome_str_int_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int_int < out_outcome_str_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int < out_outcome_str_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int_int < out_outcome_str_str_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int < out_outcome_str_str_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int < out_outcome_str_str_int_int_int_int);
    assert(out_outcome_str_int_int_int_int_int_int < out_outcome_str_str_str_int_int_int_int);
    assert(out_outcome_str_str_int_int_int_int_int < out_outcome_str_str_str_int_int_int);
}
// </vc-code>


}

fn main() {}