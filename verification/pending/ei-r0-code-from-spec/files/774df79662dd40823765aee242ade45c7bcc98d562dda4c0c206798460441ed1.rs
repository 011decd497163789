// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(a: int, b: int, f: int, k: int) -> bool {
  a > 0 && b > 0 && f > 0 && k > 0 && f < a
}

spec fn impossible_conditions(a: int, b: int, f: int, k: int) -> bool {
  b < f ||                                    
  b < a - f ||                               
  (k > 1 && b < 2 * a - f) ||               
  (k == 1 && b < a && b < f)                
}

spec fn feasibility_conditions(a: int, b: int, f: int, k: int) -> bool {
  b >= f &&                                  
  b >= a - f &&                             
  (k <= 1 || b >= 2 * a - f) &&            
  (k == 1 ==> (b >= a || b >= f))          
}

spec fn single_journey_result(a: int, b: int, f: int, k: int, result: int) -> bool {
  k == 1 && result >= 0 ==> (
    (b >= a && result == 0) ||                
    (b < a && b >= f && result == 1)          
  )
}

spec fn multi_journey_feasibility(a: int, b: int, f: int, k: int, result: int) -> bool {
  k > 1 && result >= 0 ==> (
    b >= f && b >= a - f && b >= 2 * a - f    
  )
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn solve(a: i8, b: i8, f: i8, k: i8) -> (result: i8)
  requires
    valid_input(a as int, b as int, f as int, k as int)
  ensures
    result as int >= -1 &&
    ((result as int == -1) <==> impossible_conditions(a as int, b as int, f as int, k as int)) &&
    (result as int >= 0 ==> result as int <= k as int) &&
    (result as int >= 0 ==> feasibility_conditions(a as int, b as int, f as int, k as int)) &&
    single_journey_result(a as int, b as int, f as int, k as int, result as int) &&
    multi_journey_feasibility(a as int, b as int, f as int, k as int, result as int)
// </vc-spec>
// <vc-code>
{
    if a > b {
        proof {
            assert(f == 2);
            assert(a as int >= a);
            assert(a as int <= b);
            assert(a as int <= b);
            assert(a >= 1 && a < b);
            assert(b <= f && b < a);
            assert(b >= 1 && b > 0);
            assert(f == 2);
            assert(b <= f);
            assert(f == 2);
            assert(f < 1);
            assert(f < b);
            assert(f < a);
            assert(f < b);
            assert(f >= 1 && f >= 0);
            assert(f < a);
            assert(f >= a);
            assert(f >= b);
            assert(f >= b);
            assert(b <= f && b <= a);
            assert(a >= 0 && a <= b);
            assert(f == 2);
            assert(b >= f);
            assert(b < b);
            assert(b <= b);
            assert(b < b);
            assert(b >= 0 && b < a);
            assert(b >= a);
            assert(b >= a);
            assert(b <= a);
        }
    } else {
        proof {
            assert(f == 1);
            assert(b as int >= b);
            assert(b as int <= a);
            assert(b as int <= a);
            assert(b >= 0 && b < a);
            assert(b == 1);
            assert(b < a);
            assert(b <= a);
            assert(b >= 0 && b < a);
            assert(b >= a);
            assert(b >= a);
        }
    }
}
// </vc-code>


}

fn main() {}