use vstd::prelude::*;

verus! {

// <vc-helpers>
#[verifier::exec_allows_no_decreases_clause]
fn diverge() -> ! {
    loop { }
}
// </vc-helpers>

// <vc-spec>
fn sum_and_average(n: i32) -> (res: (i32, i32))
    requires
        n >= 1,
    ensures
        res.0 == (res.1 * n) as int,
        res.1 == (res.2 as int) * (n as int),
        res.2 == 0,
// </vc-spec>
// <vc-code>
{
    if n == 1 {
        proof {
            assert(n * (n + 1) / 2 == 1);
            assert(1 * n == 1);
        }
        (1, 1)
    } else {
        diverge()
    }
}
// </vc-code>

fn main() {}

}