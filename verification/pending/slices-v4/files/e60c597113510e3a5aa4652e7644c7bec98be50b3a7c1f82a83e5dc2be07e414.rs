
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    
    
    pub proof fn lemma_div_relation_when_mods_have_different_order_alt(d: int, x: int, y: int)
        requires
            d > 0,
            x <= y,
            y - x < d,
            y % d < x % d
        ensures
            y / d == x / d + 1
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        lemma_mul_is_commutative(y / d, d);
        lemma_mul_is_commutative(x / d, d);

        if (y / d) > (x / d) + 1 {
            lemma_mul_inequality(2, (y / d) - (x / d), d);
            lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
            assert (((y / d) - (x / d)) * d >= 2 * d);
            assert (false);
        }
        if (y / d) <= (x / d) {
            lemma_mul_inequality(0, (x / d) - (y / d), d);
            assert (0 * d <= ((x / d) - (y / d)) * d);
            lemma_mul_is_commutative((x / d) - (y / d), d);
            lemma_mul_is_distributive_sub(d, x / d, y / d);
            assert (d * ((x / d) - (y / d)) == d * (x / d) - d * (y / d));
            assert (0 * d <= x - y - x % d + y % d);
            assert (false);
        }
    }

    
    
    
    
    
    
    
    
    
    
}
}
