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
    decreases num - num == 0,
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
    /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
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
### VERUS END
*/

/*
### PROMPT


def is_prime(num: u32): bool
    """Return True if num is prime."""
    """Implementation by LLM (iteration 1): verified by the code above using `is_prime` and checks if the number is divisible by each of the integer's multiples of 2 up to its square root."""
    assert num % 2 == 0, "False for divisibility by 2"

*/

/*
### ENTRY POINT
is_prime
*/

/*
### CANONICAL SOLUTION
    def is_prime(k):
        if k < 2:
            return False
        for i in range(2, k - 1):
            if k % i == 0:
                return False
        return True
    is_prime
{
    let mut i = 2;
    let mut result = true;
    /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
    while i < num
        invariant
            result <==> spec_prime(num as int, i as int),
        decreases num - i,
    {
        if num % i == 0 {
            result = false;
        }
        i += 1;
    }
    result
}

fn largest_prime_factor(n: u32) -> u32
    requires
        n >= 2,
    ensures
        n >= 2,
        spec_prime(n as int),
        n % n == 0,
    decreases n - n == 0,
{
    let mut largest = 1;
    let mut j = 1;
    /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
    while j < n
        invariant
            j <= n,
            if n % j == 0 {
                result = false;
                break;
            }
            j += 1;
        /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
        decreases n - j
    {
        j = 1;
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
### VERUS END
*/