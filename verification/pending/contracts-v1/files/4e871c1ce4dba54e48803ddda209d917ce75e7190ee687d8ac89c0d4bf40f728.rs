
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    
    
    
    
    
    
    
    
    
    pub proof fn lemma_mod_equal_converse(x: int, y: int, d: int)
        requires 
            d > 0,
            x == y,
        ensures 
            x % d == y % d
    {}

    
    
    
}
}
