
pub mod math_v {
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;
use vstd::prelude::*;

verus! {

    pub proof fn lemma_mod_auto_basics(n: int, x: int)
        requires
            n > 0
        ensures
            (x + n) % n == x % n,
            (x - n) % n == x % n,
            (x + n) / n == x / n + 1,
            (x - n) / n == x / n - 1,
            0 <= x < n <==> x % n == x,
    {
        lemma_fundamental_div_mod(x, n);
        lemma_fundamental_div_mod(x + n, n);
        lemma_fundamental_div_mod(x - n, n);
        let zp = (x + n) / n - x / n - 1;
        let zm = (x - n) / n - x / n + 1;
        lemma_mul_is_distributive_sub(n, (x + n) / n, x / n + 1);
        lemma_mul_is_distributive_add(n, x / n, 1);
        assert (n * zp == n * ((x + n) / n) - n * (x / n) - n * 1);
        assert (0 == n * zp + ((x + n) % n) - (x % n));
        lemma_mul_is_distributive_sub(n, (x - n) / n, x / n - 1);
        lemma_mul_is_distributive_sub(n, x / n, 1);
        assert (n * zm == n * ((x - n) / n) - n * (x / n) + n * 1);
        assert (0 == n * zm + ((x - n) % n) - (x % n));
        if (zp > 0) { lemma_mul_inequality(1, zp, n); }
        if (zp < 0) { lemma_mul_inequality(zp, -1, n); }
        if (zp == 0) { lemma_mul_by_zero_is_zero(n); }
        if (zm > 0) { lemma_mul_inequality(1, zm, n); }
        if (zm < 0) { lemma_mul_inequality(zm, -1, n); }
        if 0 <= x < n {
            lemma_basic_div_specific_divisor(n);
        }
    }

    pub proof fn lemma_div_relation_when_mods_have_same_order(d: int, x: int, y: int)
        requires
            d > 0,
            x < y,
            y - x <= d,
            x % d < y % d
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
            assert ((y / d) * d - (x / d) * d >= d);
            assert (false);
        }
        if (y / d) < (x / d) {
            lemma_mul_inequality((y / d) - (x / d), -1, d);
            assert (((y / d) - (x / d)) * d <= (-1) * d);
            lemma_mul_is_distributive_sub_other_way(d, y / d, x / d);
            assert (false);
        }
    }

    
    
    
    pub proof fn lemma_mod_between(d: int, x: int, y: int, z: int)
        requires
            d > 0,
            x % d < y % d,
            y - x <= d,
            x <= z <= y
        ensures
            x % d <= z % d <= y % d
    {
        if y - x == d {
            lemma_mod_auto_basics(d, x);
            assert (y % d == x % d);
            assert (false);
        }
        else {
            lemma_fundamental_div_mod(x, d);
            lemma_fundamental_div_mod(y, d);
            lemma_fundamental_div_mod(z, d);
            assert (d * (y / d) - d * (x / d) + y % d - x % d < d);
            assert (d * (y / d) - d * (x / d) < d);
            lemma_mul_is_distributive_sub(d, (y / d), (x / d));
            assert (d * ((y / d) - (x / d)) < d);

            lemma_div_relation_when_mods_have_same_order(d, x, y);

            let z_mod_d = x % d + (z - x);
            assert (z == (x / d) * d + z_mod_d) by {
                assert (z == d * (x / d) + z_mod_d);
                lemma_mul_is_commutative(d, (x / d));
            }
            lemma_fundamental_div_mod_converse(z, d, (x / d), z_mod_d);
        }
    }

    
    
    
    
    
    
    
    
    
}
}
