
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

    
    
    
    
    
    
    
    
    
    
    
    
    
    
}
}
