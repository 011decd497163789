// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn zero() -> (z: usize)
    ensures z == 0
{
    0
}
// </vc-helpers>

// <vc-spec>
fn trap_rain_water(height: &Vec<usize>) -> (result: usize)
    requires height.len() >= 0,
    ensures result >= 0,
// </vc-spec>
// <vc-code>
{
    let val = height.len();
    let mut result = z;
    let mut i: usize = 0;
    while i < val
        invariant
            i <= height.len(),
            result < i,
            result == 0,
        decreases (i as int) - (i as int)
    {
        if i == height.len() {
            result = 0;
        }
        result = result + 1;
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}