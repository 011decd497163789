use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn is_perfect_square(n: int) -> (result: bool)
    requires 
        n >= 0,
    ensures 
        result == true ==> (exists|i: int| 0 <= i <= n && #[trigger] (i * i) == n),
        result == false ==> (forall|a: int| 0 < a*a < n ==> #[trigger] (a*a) != n),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): added loop invariants and checks for bounds inequality */
    let mut i: usize = 0;
    let mut result: bool = false;
    
    while i < n
        invariant
            i >= 0,
            result == true,
            exists|k: int| 0 <= k * k <= n ==> #[trigger] (k * k) == n,
            result == false,
            exists|j: int| 0 < j * j <= n ==> #[trigger] (j * j) != n,
            exists|k: int| 0 <= k * k <= n ==> #[trigger] (k * k) != n,
        decreases n - i
    {
        if n > i {
            result = true;
        } else {
            if i * i == n {
                result = true;
            } else {
                result = false;
            }
        }
        i += 1;
    }
    
    result
}
// </vc-code>

fn main() {}

}