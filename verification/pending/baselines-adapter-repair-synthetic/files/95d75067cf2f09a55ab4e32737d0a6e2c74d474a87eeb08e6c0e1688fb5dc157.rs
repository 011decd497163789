use vstd::prelude::*;

verus! {

// Note that according to the canonical solution 1 is treated as a possible largest prime. We'll stick to this
spec fn spec_prime_helper(num: int, limit: int) -> bool {
    forall|j: int| 2 <= j < limit ==> (#[trigger] (num % j)) != 0
}

spec fn spec_prime(num: int) -> bool {
    spec_prime_helper(num, num)
}

fn is_prime(num: u32) -> (result: bool)
    requires
        num >= 2,
    ensures
        result <==> spec_prime(num as int),
{
    let mut i = 2;
    let mut result = true;
    /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
    while i < num
        invariant
            result <==> spec_prime_helper(num as int, i as int),
        decreases num - i,
    {
        if num % i == 0 {
            result = false;
        }
        i += 1;
    }
    result
}

fn largest_prime_factor(n: u32) -> (largest: u32)
    requires
        n >= 2,
    ensures
        1 <= largest <= n,
        spec_prime(largest as int),
        n % largest == 0,
        forall|p| 0 <= p < n && spec_prime(p) && n as int % p == 0 ==> p <= largest,
{
    let mut largest = 1;
    let mut j = 1;
    while j < n
        invariant
            1 <= largest <= j <= n,
            spec_prime(largest as int),
            n % largest == 0,
            forall|p| 0 <= p <= j && spec_prime(p) && n as int % p == 0 ==> p <= largest,
        decreases n - j,
    {
        j += 1;
        let flag = is_prime(j);
        if n % j == 0 && flag {
            largest =
            if largest > j {
                largest
            } else {
                j
            };
        }
    }
    largest
}

} // verus!
fn main() {}

/*
### INJECTION
returns the max of all solutions for n. If n is a prime, returns n + 1. If n is not a prime, returns n.
 >>> largest_prime_factor(13195)
29
 >>> largest_prime_factor(2048)
2
 return max(abs(outer_sum), abs(inner_sum))
43
 return max(abs(outer_sum), abs(inner_sum))
4
 return max(outer_sum, inner_sum)
4
 return max(outer_sum, inner_sum)
5
 return max(outer_sum, inner_sum)
6
 return max(outer_sum, inner_sum)
7
 return max(outer_sum, inner_sum)
*/
