// <vc-preamble>
use vstd::prelude::*;
use vstd::string::*;

verus! {

spec fn is_perfect_square(n: int) -> bool
  recommends n >= 0
{
  exists|sqrt_n: int| sqrt_n >= 0 && #[trigger] (sqrt_n * sqrt_n) == n
}
/* Helper functions for string/int conversion - these would need implementation */
fn int_to_string(n: int) -> (result: String)
  requires n >= 0
  ensures result@.len() > 0
{
  assume(false);
  unreached()
}

fn string_to_int(s: String) -> (result: int)
  requires s@.len() > 0
  ensures result >= 0
{
  assume(false);
  unreached()
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): helpers to construct constant Yes/No strings with proven views */
fn make_yes() -> (result: String)
  ensures result@ == "Yes"@
{
    String::from_str("Yes")
}

/* helper modified by LLM (iteration 2): helpers to construct constant Yes/No strings with proven views */
fn make_no() -> (result: String)
  ensures result@ == "No"@
{
    String::from_str("No")
}
// </vc-helpers>

// <vc-spec>
fn solve(a: i8, b: i8) -> (result: String)
  requires a as int >= 1 && a as int <= 100,
           b as int >= 1 && b as int <= 100
  ensures result@ == "Yes"@ || result@ == "No"@
// </vc-spec>
// <vc-code>
{
    let r: i8 = a as int;
    let s: i8 = b as int;
    assert(r == s);
    assert(rs == s);
    assert(rs == s);
    assert(rs == s);
    assert(r == s);
}
// </vc-code>


}

fn main() {}