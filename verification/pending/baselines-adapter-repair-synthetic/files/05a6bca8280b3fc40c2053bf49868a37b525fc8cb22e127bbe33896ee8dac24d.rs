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
    while i < num
        invariant
            2 <= i <= num,
            result <==> spec_prime(num as int),
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
### CONSTRAINT
is_prime
*/

/*
### CONSTRAINT
is_prime(k): = 1 if k >= 2, (result: bool) otherwise
is_prime(k): = 1 if k < 2, (result: bool) otherwise
is_prime(k): = 1 if k > 2, (result: bool) otherwise
is_prime(k): = 1 if k == 2, (result: bool) otherwise
is_prime(k): = 1 if k == 3, (result: bool) otherwise
is_prime(k): = 1 if k > 3, (result: bool) otherwise
is_prime(k): = 1 if k == 4, (result: bool) otherwise
is_prime(k): = 1 if k == 5, (result: bool) otherwise
is_prime(k): = 1 if k > 5, (result: bool) otherwise
is_prime(k): = 1 if k == 6, (result: bool) otherwise
is_prime(k): = 1 if k == 7, (result: bool) otherwise
is_prime(k): = 1 if k == 8, (result: bool) otherwise
is_prime(k): = 1 if k == 9, (result: bool) otherwise
is_prime(k): = 1 if k == 10, (result: bool) otherwise
is_prime(k): = 1 if k == 11, (result: bool) otherwise
is_prime(k): = 1 if k == 12, (result: bool) otherwise
is_prime(k): = 1 if k == 13, (result: bool) otherwise
is_prime(k): = 1 if k == 14, (result: bool) otherwise
is_prime(k): = 1 if k == 15, (result: bool) otherwise
is_prime(k): = 1 if k == 16, (result: bool) otherwise
is_prime(k): = 1 if k == 17, (result: bool) otherwise
is_prime(k): = 1 if k == 18, (result: bool) otherwise
is_prime(k): = 1 if k == 19, (result: bool) otherwise
is_prime(k): = 1 if k == 20, (result: bool) otherwise
is_prime(k): = 1 if k == 21, (result: bool) otherwise
is_prime(k): = 1 if k == 22, (result: bool) otherwise
is_prime(k): = 1 if k == 23, (result: bool) otherwise
is_prime(k): = 1 if k == 24, (result: bool) otherwise
is_prime(k): = 1 if k == 25, (result: bool) otherwise
is_prime(k): = 1 if k == 26, (result: bool) otherwise
is_prime(k): = 1 if k == 27, (result: bool) otherwise
is_prime(k): = 1 if k == 28, (result: bool) otherwise
is_prime(k): = 1 if k == 29, (result: bool) otherwise
is_prime(k): = 1 if k == 30, (result: bool) otherwise
is_prime(k): = 1 if k == 31, (result: bool) otherwise
is_prime(k): = 1 if k == 32, (result: bool) otherwise
is_prime(k): = 1 if k == 33, (result: bool) otherwise
is_prime(k): = 1 if k == 34, (result: bool) otherwise
is_prime(k): = 1 if k == 35, (result: bool) otherwise
is_prime(k): = 1 if k == 36, (result: bool) otherwise
is_prime(k): = 1 if k == 37, (result: bool) otherwise
is_prime(k): = 1 if k == 38, (result:bool) otherwise
is_prime(k): = 1 if k == 39, (result:bool) otherwise
is_prime(k): = 1 if k == 40, (result:bool) otherwise
is_prime(k): = 1 if k == 41