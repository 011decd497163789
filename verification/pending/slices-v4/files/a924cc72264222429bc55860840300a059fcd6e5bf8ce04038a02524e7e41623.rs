
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    
    
    pub proof fn lemma_div_relation_when_mods_have_same_order_alt(d: int, x: int, y: int)
        requires
            d > 0,
            x <= y,
            y - x < d,
            x % d <= y % d
        ensures
            y / d == x / d
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
        lemma_mul_is_commutative(y / d, d);
        lemma_mul_is_commutative(x / d, d);

        if (y / d) > (x / d) {
            lemma_mul_inequality(1, (y / d) - (x / d), d);
            assert (((y / d) - (x / d)) * d >= 1 * d);
            assert (false);
        }
        if (y / d) < (x / d) {
            lemma_mul_inequality((y / d) - (x / d), -1, d);
            assert (((y / d) - (x / d)) * d <= (-1) * d);
            assert (false);
        }
    }

    
    
    
    
    
    pub proof fn lemma_mod_difference_equal(x: int, y: int, d: int)
        requires
            d > 0,
            x <= y,
            x % d <= y % d,
            y - x < d
        ensures
            y % d - x % d == y - x
    {
        lemma_fundamental_div_mod(x, d);
        lemma_fundamental_div_mod(y, d);

        assert (d * (y / d) - d * (x / d) + y % d - x % d == y - x);
        lemma_mul_is_distributive_sub(d, y / d, x / d);
        assert (d * (y / d - x / d) + y % d - x % d == y - x);
        assert (0 <= d * (y / d - x / d) + y % d - x % d < d);
        lemma_div_relation_when_mods_have_same_order_alt(d, x, y);
        assert (y / d == x / d);
    }

    
    pub proof fn lemma_mod_equal(x: int, y: int, d: int)
        requires
            d > 0,
            x <= y,
            x % d == y % d,
            y - x < d
        ensures
            x == y
    {
        lemma_mod_difference_equal(x, y, d);
    }

    
    pub proof fn lemma_mod_not_equal(x: int, y: int, d: int) 
        requires 
            d > 0,
            y - x < d,
            y - x >= 0,
            x != y,
        ensures 
            x % d != y % d
    {
        if x % d == y % d {
            if x < y {
                lemma_mod_equal(x, y, d);
                assert(false);
            } else {
                assert(y - x < 0);
                assert(false);
            }
        }

    }

    
    
}
}
