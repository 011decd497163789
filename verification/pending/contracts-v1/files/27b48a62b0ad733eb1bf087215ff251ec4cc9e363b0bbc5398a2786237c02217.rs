
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    
    
    
    
    
    
    
    
    
    
    
    #[verifier(nonlinear)]
    pub proof fn lemma_mul_div_equal(x: int, q: int, d: int)
        requires
            q * d <= x < (q + 1) * d
        ensures
            (x / d) == q
    {}

    
}
}
