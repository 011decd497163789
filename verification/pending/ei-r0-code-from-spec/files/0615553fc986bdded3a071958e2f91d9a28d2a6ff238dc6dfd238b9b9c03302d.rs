// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn valid_input(n: int, lights: Seq<int>) -> bool {
    1 <= n <= 10 &&
    lights.len() == power2(n+1) - 2 &&
    forall|i: int| 0 <= i < lights.len() ==> #[trigger] lights[i] >= 1 && #[trigger] lights[i] <= 100
}

spec fn power2(n: int) -> int
    decreases n
{
    if n <= 0 { 1 }
    else { 2 * power2(n - 1) }
}

spec fn dfs_result(i: int, n: int, a: Seq<int>) -> (int, int) {
    /* Placeholder implementation for complex recursive specification */
    (0, 0)
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_power2_pos(n: int)
    requires
        n >= 0,
    ensures
        power2(n) >= 1,
    decreases n
{
    if n <= 0 {
        assert(power2(n) == 1);
    } else {
        lemma_power2_pos(n - 1);
        assert(power2(n) == 2 * power2(n - 1));
        assert(power2(n) >= 2);
    }
}
// </vc-helpers>

// <vc-spec>
fn solve(n: i8, lights: Vec<i8>) -> (result: i8)
    requires valid_input(n as int, lights@.map(|_i: int, x: i8| x as int))
    ensures result >= 0
// </vc-spec>
// <vc-code>
{
    assert(1 <= n as int);
    assert(1 <= n as int + 1);
    assert(n as int)
}
// </vc-code>


}

fn main() {}