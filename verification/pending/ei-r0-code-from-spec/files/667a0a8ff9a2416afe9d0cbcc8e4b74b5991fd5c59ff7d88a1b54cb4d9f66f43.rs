// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn lcm_int(a: i8, b: i8) -> (result: i8)
    requires a as int != 0 && b as int != 0,
    ensures 
        result as int >= 0,
        result as int % a as int == 0,
        result as int % b as int == 0
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added checks for equality of a and b */
    let a_len = a as int;
    let b_len = b as int;
    
    let mut result: i8 = 0;
    let mut i = 0;
    
    while i < a_len
        invariant
            result as int >= 0,
            result as int % a as int == 0,
            result as int % b as int == 0,
            i as int <= a_len,
            i as int <= b_len,
            result as int % a_len == result as int,
            result as int % b_len == result as int,
        decreases a_len - i as int
    {
        result = (result as int) / (a_len as int)
        i = i + 1;
        i as int = i as int + 1;
    }
    
    result
}
// </vc-code>


}
fn main() {}