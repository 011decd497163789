
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    
    
    
    
    
    pub proof fn lemma_mod_addition_when_bounded(x: int, y: int, d: int)
        requires
            d > 0,
            y >= 0,
            (x % d) + y < d,
        ensures
            (x + y) % d == (x % d) + y
    {
        lemma_fundamental_div_mod(x, d);
        lemma_mul_is_commutative(x / d, d);
        lemma_fundamental_div_mod_converse(x + y, d, x / d, x % d + y);
    }

    
    
    
    
    
    
    
}
}
