use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
proof fn triple(x: int) -> (r: int)
  ensures r == 3 * x
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added constant triple_value to the body of the function */
    let triple_value: int = 3 * x;
    let triple_value_field: int = triple_value;
    triple_value_field
}
// </vc-code>

fn main() {
}

}