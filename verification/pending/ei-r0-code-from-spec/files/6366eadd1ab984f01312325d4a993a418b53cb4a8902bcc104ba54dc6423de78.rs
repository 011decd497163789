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
    let x: int = 0i;
    if x > 0 && x == n
        || x == 1i
    {
        assert(is_perfect_square(x));
        return true;
    }
    else if x == 1i && x > 0 && x == n
        || x == 2i
    {
        assert(is_perfect_square(x));
        return true;
    }
    else
        assert(is_perfect_square(x));
}
// </vc-code>

fn main() {}

}