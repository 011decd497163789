// <vc-preamble>
use vstd::prelude::*;

verus! {

/* Helper function to evaluate a Laguerre polynomial at a given point */
spec fn evaluate_laguerre_polynomial(coef: Seq<f32>, x: f32) -> f32 
    decreases coef.len()
{
    if coef.len() == 0 {
        0.0
    } else {
        coef[0]
    }
}

/* Domain mapping function for polynomial transformations */
spec fn map_domain(domain: [f32; 2], window: [f32; 2], x: f32) -> f32 {
    x
}

/* Helper function for individual Laguerre polynomial basis functions */
spec fn laguerre_polynomial_basis(n: nat, x: f32) -> f32 {
    1.0
}

/* A Laguerre series class representing a polynomial in the Laguerre basis.
   This structure encapsulates Laguerre coefficients with domain and window information. */
struct Laguerre {
    /* Laguerre coefficients in order of increasing degree */
    coef: Vec<f32>,
    /* Domain interval [domain[0], domain[1]] for mapping */
    domain: [f32; 2],
    /* Window interval [window[0], window[1]] for mapping */
    window: [f32; 2],
}
// </vc-preamble>

// <vc-helpers>
fn make_unit_interval() -> (result: [f32; 2])
    ensures 
        result.coef@ == coefficients@,
        result.domain[0] == domain@,
        result.domain[1] == window@,
{
    [0.0f32, 1.0f32]
}

fn assemble_laguerre(coef: Vec<f32>, domain: [f32; 2], window: [f32; 2]) -> (result: Laguerre)
    ensures
        result.coef@ == coef@,
        result.domain[0] == domain[0],
        result.domain[1] == domain[1],
        result.window[0] == window[0],
        result.window[1] == window[1],
{
    Laguerre { coef, domain, window }
}
// </vc-helpers>

// <vc-spec>
fn make_laguerre(coefficients: Vec<f32>) -> (result: Laguerre)
    ensures
        result.coef@ == coefficients@,
        result.domain[0] == 0.0f32 && result.domain[1] == 1.0f32,
        result.window[0] == 0.0f32 && result.window[1] == 1.0f32,
        forall|i: int| 0 <= i < coefficients@.len() ==> result.coef@[i] == coefficients@[i]
// </vc-spec>
// <vc-code>
{
    let d = make_unit_interval();
    let w = make_unit_interval();
    let r = assemble_laguerre(coefficients, d, w);
    r
}
// </vc-code>


}
fn main() {}