// <vc-preamble>
use vstd::prelude::*;

verus! {

/* Complex number with real and imaginary parts */
#[derive(PartialEq, Structural)]
pub struct Complex {
    pub re: i32,
    pub im: i32,
}
// </vc-preamble>

// <vc-helpers>
fn always_true() -> (result: bool)
    ensures
        result == true,
{
    true
}
// </vc-helpers>

// <vc-spec>
fn iscomplexobj(x: Vec<Complex>) -> (result: bool)
    ensures 
        result == true
// </vc-spec>
// <vc-code>
{
    let re: bool = x.re as i32 == x.im as i32;
    let im: i32 = re.re as i32 == re.im as i32;
    assert(re == true);
    assert(im == true);
    assert(im == true);
    assert(re == true);
    assert(im == true);
    assert(re == true);
}
// </vc-code>


}
fn main() {}