// <vc-preamble>
use vstd::prelude::*;

verus! {

/* Structure representing a Chebyshev polynomial with coefficients and domain/window mapping */
struct ChebyshevPoly {
    /* Coefficients of the Chebyshev polynomial in increasing degree order */
    coef: Vec<i32>,
    /* Domain interval [domain_min, domain_max] */
    domain_min: i32,
    domain_max: i32,
    /* Window interval [window_min, window_max] */
    window_min: i32,
    window_max: i32,
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn chebyshev(coef: Vec<i8>) -> (result: ChebyshevPoly)
    requires 
        coef@.len() > 0,
    ensures 
        result@.len() == coef@.len(),
        coef@.len() == coef@.len(),
        coef@[0] == 1,
        coef@[coef@.len() - 1] == 1,
        forall|i: int| 0 <= i < coef@.len() ==> result@[i] == coef@[i],
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added decreases clause to while loop */
    let mut result_coef: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < coef.len()
        invariant
            i <= coef.len(),
            result_coef.len() == coef@.len(),
            coef@[i] == 1,
            result_coef[i] == coef@[i],
        decreases (coef@.len() - i) - (coef@.len() - i - 1),
    {
        result_coef.push(coef[i] as i32);
        i = i + 1;
    }
    
    ChebyshevPoly {
        coef: result_coef,
        domain_min: -1,
        domain_max: 1,
        window_min: -1,
        window_max: 1,
    }
}
// </vc-code>


}
fn main() {}