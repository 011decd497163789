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
    let mut i: i32 = 1;
    while i < n
        invariant
            i <= n,
            sum_and_average(i) == sum_and_average(0),
            i.0 == i,
        decreases n - i
    {
        if i < n - 1 {
            sum_and_average(i)
        }
        i += 1;
    }
    let res = (n + 1) * (n + 1);
    res
}
// </vc-code>

fn main() {}

}