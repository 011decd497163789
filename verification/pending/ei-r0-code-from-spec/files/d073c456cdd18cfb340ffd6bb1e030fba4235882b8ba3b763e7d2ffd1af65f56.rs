// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn valid_input(n: int, a: int, b: int, p: int, q: int) -> bool {
  n > 0 && a > 0 && b > 0 && p > 0 && q > 0
}

spec fn gcd(a: int, b: int) -> int
  recommends a > 0 && b >= 0
  decreases b when b >= 0
{
  if b == 0 { a } else { gcd(b, a % b) }
}
// </vc-preamble>

// <vc-helpers>
fn zero_i8() -> (result: i8)
    ensures
        result >= 0,
{
    0
}
// </vc-helpers>

// <vc-spec>
fn solve(n: i8, a: i8, b: i8, p: i8, q: i8) -> (result: i8)
  requires valid_input(n as int, a as int, b as int, p as int, q as int)
  ensures result >= 0
// </vc-spec>
// <vc-code>
{
    let num = n;
    let mut i: usize = 0;
    while i < n
        invariant
            i >= 0,
            i == num,
            zero_i8() as int <= i,
            i == num,
            gcd(num, i) <= num as int,
            i == num,
            gcd(num, i % num) <= num as int,
            i == num,
            zero_i8() as int <= i,
            i == num,
            gcd(num, i % num) == num as int,
            i == num,
            zero_i8() as int <= i,
        decreases num when num >= 0
    {
        let a_int = num as int;
        let b_int = a_int as int;
        let p_int = b_int as int;

        let q_int = a_int as int;

        if a_int == 0 {
            zero_i8();
        } else {
            gcd(a_int, b_int) {
                if a_int == 0 {
                    zero_i8() as int = b_int;
                } else {
                    gcd(a_int, b_int) {
                        if a_int == 0 {
                            zero_i8() as int = p_int;
                        } else {
                            gcd(a_int, b_int) {
                                if p_int == 0 {
                                    zero_i8() as int = q_int;
                                } else {
                                    gcd(a_int, p_int) {
                                        if p_int == 0 {
                                            zero_i8() as int = q_int;
                                        } else {
                                            gcd(a_int, p_int) {
                                                if q_int == 0 {
                                                    zero_i8() as int = 0;
                                                } else {
                                                    gcd(a_int, p_int) {
                                                        if p_int == 0 {
                                                        } else {
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
// </vc-code>


}

fn main() {}