
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

    pub proof fn lemma_mod_subtract(x: int, y: int, d: int)
        requires
            d > 0,
            (x % d) + y >= d,
            0 <= y < d
        ensures
            (x % d) + y - d == (x + y) % d
    {
        assert(d <= (x % d) + y < 2 * d);
        assert((x / d) * d + d <= (x / d) * d + (x % d) + y < (x / d) * d + 2 * d);
        lemma_fundamental_div_mod(x, d);
        lemma_mul_is_commutative(x / d, d);
        lemma_mul_is_distributive_add_other_way(d, x / d, 1);
        lemma_mul_is_distributive_add_other_way(d, x / d, 2);
        assert((x / d + 1) * d <= x + y < (x / d + 2) * d);
        lemma_mul_div_equal(x + y, (x / d + 1), d);
        assert(x / d + 1 == (x + y) / d);
        lemma_fundamental_div_mod(x + y, d);
        assert(x + y == d * ((x + y) / d) + (x + y) % d);
    }

}
}
